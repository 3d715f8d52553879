using System.Text.RegularExpressions;
using DeckBuild.Diagnostics;
using DeckBuild.Text;

namespace DeckBuild.Decks;

/// <summary>
/// Splits a deck file into slides the way reveal.js's Markdown plugin does, by separator lines, except that a
/// separator inside a fenced code block stays code.
/// </summary>
public static class DeckParser
{
    public static Deck Parse(SourceText source, SlideSeparators defaults, DiagnosticBag diagnostics)
    {
        var frontMatter = FrontMatterReader.Read(source, diagnostics);
        var separators = Override(defaults, frontMatter, diagnostics);
        var slides = Split(source.Text, frontMatter.BodyStart, separators);
        return new Deck(source, frontMatter, slides);
    }

    private static List<Slide> Split(string text, int bodyStart, SlideSeparators separators)
    {
        var slides = new List<Slide>();
        var fence = new FenceTracker();
        var (h, v, start, notes) = (0, 0, bodyStart, -1);
        var contentEnd = -1;

        foreach (var line in LineReader.Lines(text, bodyStart))
        {
            var content = text.Substring(line.Start, line.ContentLength);
            if (fence.Feed(content))
            {
                continue;
            }

            var horizontal = Matches(separators.Horizontal, content);
            var vertical = !horizontal && separators.Vertical is { } pattern && Matches(pattern, content);
            if (horizontal || vertical)
            {
                slides.Add(new Slide(slides.Count + 1, h, v, start, notes >= 0 ? contentEnd : line.Start, notes,
                    line.Start));
                (h, v) = horizontal ? (h + 1, 0) : (h, v + 1);
                (start, notes) = (line.NextStart, -1);
            }
            else if (notes < 0 && Match(separators.Notes, content) is { Success: true } marker)
            {
                contentEnd = line.Start;
                notes = line.Start + marker.Index + marker.Length;
            }
        }

        slides.Add(new Slide(slides.Count + 1, h, v, start, notes >= 0 ? contentEnd : text.Length, notes,
            text.Length));
        return slides;
    }

    private static bool Matches(Regex pattern, string line) => Match(pattern, line).Success;

    private static Match Match(Regex pattern, string line)
    {
        try
        {
            return pattern.Match(line.TrimEnd());
        }
        catch (RegexMatchTimeoutException)
        {
            return System.Text.RegularExpressions.Match.Empty;
        }
    }

    private static SlideSeparators Override(SlideSeparators defaults, FrontMatter front, DiagnosticBag diagnostics) =>
        new(Compile("separator", front.Separator, RegexOptions.None, front, diagnostics) ?? defaults.Horizontal,
            Compile("verticalSeparator", front.VerticalSeparator, RegexOptions.None, front, diagnostics) ??
                defaults.Vertical,
            Compile("notesSeparator", front.NotesSeparator, RegexOptions.IgnoreCase, front, diagnostics) ??
                defaults.Notes);

    /// <summary>Compiles one front-matter pattern; an invalid one is reported under its own key and the default
    /// is kept for it alone.</summary>
    private static Regex? Compile(string key, string? pattern, RegexOptions options, FrontMatter front,
        DiagnosticBag diagnostics)
    {
        if (pattern is null)
        {
            return null;
        }

        try
        {
            return SlideSeparators.Compile(pattern, options);
        }
        catch (ArgumentException e)
        {
            diagnostics.Report(DiagnosticCatalog.InvalidFrontMatterValue, front.ValueSpans[key], key, pattern,
                e.Message.TrimEnd('.'));
            return null;
        }
    }
}
