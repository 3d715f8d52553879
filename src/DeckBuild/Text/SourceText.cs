namespace DeckBuild.Text;

/// <summary>
/// The text of one input file with a map from character offsets to 1-based lines and columns.
/// </summary>
/// <remarks>
/// Lines end at <c>\r\n</c>, <c>\r</c> or <c>\n</c>, so positions stay exact for CRLF and old Mac files.
/// A column counts characters, a tab being one, which is what MSBuild, editors and CI annotations expect.
/// </remarks>
public sealed class SourceText
{
    private readonly int[] lineStarts;

    public SourceText(string path, string text)
    {
        Path = path;
        Text = text;
        lineStarts = FindLineStarts(text);
    }

    /// <summary>The path reported in diagnostics (as MSBuild received it).</summary>
    public string Path { get; }

    public string Text { get; }

    public int Length => Text.Length;

    public int LineCount => lineStarts.Length;

    public SourcePosition GetPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var line = Array.BinarySearch(lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new SourcePosition(line + 1, offset - lineStarts[line] + 1);
    }

    public int GetLineStart(int lineNumber) => lineStarts[Math.Clamp(lineNumber - 1, 0, lineStarts.Length - 1)];

    /// <summary>The offset of a 1-based line and column, clamped to the text.</summary>
    public int GetOffset(int lineNumber, int column) =>
        Math.Clamp(GetLineStart(lineNumber) + column - 1, 0, Text.Length);

    public SourceSpan Span(int start, int length) => new(this, start, Math.Max(0, length));

    /// <summary>Where each line starts: the first at 0, then one after every line break.</summary>
    private static int[] FindLineStarts(string text) =>
        LineReader.Lines(text).Where(l => l.NextStart > l.ContentEnd).Select(l => l.NextStart).Prepend(0).ToArray();
}
