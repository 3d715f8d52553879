using System.Text.RegularExpressions;

namespace DeckBuild.Rendering;

/// <summary>
/// A fence's info string in reveal.js's form: a language, optional line steps in brackets (<c>[1-2|3]</c>, with
/// an optional start line <c>[287: 2|4]</c>), then free words (DeckBuild's code-block modifiers).
/// </summary>
public sealed partial record CodeFenceInfo(string Language, string? LineSteps, int? StartLine, string Rest)
{
    /// <summary>The info of a code block; Markdig splits it into a first word and the rest.</summary>
    public static CodeFenceInfo Of(Markdig.Syntax.CodeBlock block) => block is Markdig.Syntax.FencedCodeBlock fenced
        ? Parse(fenced.Info + " " + fenced.Arguments)
        : Parse(null);

    public static CodeFenceInfo Parse(string? info)
    {
        var match = Shape().Match(info?.Trim() ?? "");
        var language = NormalizeLanguage(match.Groups["lang"].Value);
        var steps = match.Groups["steps"].Success ? match.Groups["steps"].Value.Trim() : null;
        int? start = match.Groups["start"].Success && int.TryParse(match.Groups["start"].Value, out var s) ? s : null;
        return new CodeFenceInfo(language, steps, start, match.Groups["rest"].Value.Trim());
    }

    private static string NormalizeLanguage(string language) => language.ToLowerInvariant() switch
    {
        "c#" or "cs" => "csharp",
        var other => other,
    };

    [GeneratedRegex(@"^(?<lang>[^\s\[]*)\s*(\[\s*((?<start>\d*)\s*:)?\s*(?<steps>[\s\d,|-]*)\])?\s*(?<rest>.*)$",
        RegexOptions.Singleline)]
    private static partial Regex Shape();
}
