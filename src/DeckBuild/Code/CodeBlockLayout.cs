namespace DeckBuild.Code;

/// <summary>
/// What of a C# block is shown. Lines up to and including a <c>// ---cut---</c> line are compiled but hidden, so a
/// slide can show the interesting part of code that needs setup.
/// </summary>
public static class CodeBlockLayout
{
    public const string CutMarker = "// ---cut---";

    public static bool IsCSharp(string language) => language == "csharp";

    /// <summary>The index of the first shown line: after the cut marker, or 0 without one.</summary>
    public static int FirstShownLine(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Trim() == CutMarker)
            {
                return i + 1;
            }
        }

        return 0;
    }
}
