using System.Text.RegularExpressions;
using DeckBuild.Diagnostics;
using DeckBuild.Text;

namespace DeckBuild.Code;

/// <summary>Reads code block modifiers from a fence's info string; an unknown word is an error, never ignored.
/// </summary>
public static partial class CodeModifierReader
{
    /// <summary>Reads modifiers without reporting, for the renderer (the checks report them once).</summary>
    public static CodeModifiers Read(string text) =>
        Read(text, new SourceSpan(new SourceText("", text), 0, text.Length), new DiagnosticBag());

    /// <param name="text">The info string after the language and line steps.</param>
    /// <param name="span">Where <paramref name="text"/> is written, for exact positions.</param>
    /// <param name="bag">Receives every problem.</param>
    public static CodeModifiers Read(string text, SourceSpan span, DiagnosticBag bag)
    {
        var result = CodeModifiers.None;
        foreach (Match token in Token().Matches(text))
        {
            var name = token.Groups["name"].Value;
            var value = token.Groups["value"].Success ? token.Groups["value"].Value.Trim('"') : null;
            var at = span.Source.Span(span.Start + token.Index, token.Length);
            result = (name, value) switch
            {
                ("hidden", null) => result with { Hidden = true },
                ("reset", null) => result with { Reset = true },
                ("standalone", null) => result with { Standalone = true },
                ("fails", _) => result with { Fails = true, ExpectedCodes = Codes(value) },
                ("nocheck", _) => NoCheck(result, value, at, bag),
                _ => Unknown(result, token.Value, at, bag),
            };
        }

        ReportConflicts(result, span, bag);
        return result;
    }

    private static CodeModifiers NoCheck(CodeModifiers result, string? reason, SourceSpan at, DiagnosticBag bag)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            bag.Report(DiagnosticCatalog.NoCheckWithoutReason, at);
            reason = "";
        }

        return result with { NoCheckReason = reason };
    }

    private static CodeModifiers Unknown(CodeModifiers result, string token, SourceSpan at, DiagnosticBag bag)
    {
        bag.Report(DiagnosticCatalog.UnknownCodeModifier, at, token);
        return result;
    }

    private static IReadOnlyList<string> Codes(string? value) => (value ?? "")
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(c => c.ToUpperInvariant())
        .ToList();

    private static void ReportConflicts(CodeModifiers modifiers, SourceSpan span, DiagnosticBag bag)
    {
        var set = new List<string>();
        if (modifiers.NoCheck)
        {
            set.Add("nocheck");
        }

        if (modifiers.Fails)
        {
            set.Add("fails");
        }

        if (modifiers.Hidden && modifiers.Fails)
        {
            set.Add("hidden");
        }

        if (set.Count > 1)
        {
            bag.Report(DiagnosticCatalog.ConflictingCodeModifiers, span, set[0], set[1]);
        }
    }

    [GeneratedRegex("""(?<name>[^\s=]+)(=(?<value>"[^"]*"|\S*))?""")]
    private static partial Regex Token();
}
