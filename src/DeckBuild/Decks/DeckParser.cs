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
        var separators = Override(defaults, frontMatter, source, diagnostics);
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

    private static SlideSeparators Override(SlideSeparators defaults, FrontMatter frontMatter, SourceText source,
        DiagnosticBag diagnostics)
    {
        if (frontMatter.Separator is null && frontMatter.VerticalSeparator is null && frontMatter.NotesSeparator is null)
        {
            return defaults;
        }

        try
        {
            return new SlideSeparators(
                frontMatter.Separator is { } h ? SlideSeparators.Compile(h) : defaults.Horizontal,
                frontMatter.VerticalSeparator is { } v ? SlideSeparators.Compile(v) : defaults.Vertical,
                frontMatter.NotesSeparator is { } n
                    ? SlideSeparators.Compile(n, RegexOptions.IgnoreCase)
                    : defaults.Notes);
        }
        catch (ArgumentException e)
        {
            diagnostics.Report(DiagnosticCatalog.InvalidFrontMatterValue, source.Span(0, 3), "separator",
                frontMatter.Separator ?? frontMatter.VerticalSeparator ?? frontMatter.NotesSeparator, e.Message);
            return defaults;
        }
    }
}
