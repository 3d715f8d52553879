using DeckBuild.Diagnostics;
using DeckBuild.Rendering;
using DeckBuild.Slides;
using DeckBuild.Text;
using Markdig.Syntax;
using SourceSpan = DeckBuild.Text.SourceSpan;

namespace DeckBuild.Code;

/// <summary>Finds the C# blocks of a slide (fences tagged <c>csharp</c>, <c>cs</c> or <c>c#</c>).</summary>
public static class CodeBlockReader
{
    public static IEnumerable<CodeBlock> Read(SlideDocument slide, SourceText source, DiagnosticBag bag)
    {
        foreach (var fence in slide.Content.Descendants<FencedCodeBlock>())
        {
            var info = CodeFenceInfo.Of(fence);
            if (!CodeBlockLayout.IsCSharp(info.Language))
            {
                continue;
            }

            var offset = slide.Slide.ContentStart;
            var fenceSpan = FenceLine(source, offset + fence.Span.Start);
            var modifiers = CodeModifierReader.Read(info.Rest, RestSpan(fenceSpan, info.Rest), bag);
            var lines = Enumerable.Range(0, fence.Lines.Count).Select(i => fence.Lines.Lines[i]).ToList();
            var texts = lines.Select(l => l.Slice.ToString()).ToList();
            var shown = CodeBlockLayout.FirstShownLine(texts);
            yield return new CodeBlock
            {
                Source = source,
                SlideNumber = slide.Slide.Number,
                Code = string.Join('\n', texts),
                LineStarts = lines.Select(l => LineStart(source, offset + l.Position, l.Slice.ToString())).ToList(),
                Modifiers = modifiers,
                Fence = fenceSpan,
                Caption = Caption(slide.Slide.Number, texts.Skip(shown)),
            };
        }
    }

    /// <summary>
    /// Where a code line's text starts in the deck file. Markdig strips the container's indentation and quote
    /// markers, and replaces a tab it splits with spaces, so the text is found in its source line: as the line's
    /// end, or else aligned at its first non-blank character, which keeps every diagnostic position exact.
    /// </summary>
    private static int LineStart(SourceText source, int lineStart, string text)
    {
        var end = lineStart;
        while (end < source.Length && source.Text[end] is not ('\r' or '\n'))
        {
            end++;
        }

        var line = source.Text.AsSpan(lineStart, end - lineStart);
        if (line.EndsWith(text.AsSpan()))
        {
            return end - text.Length;
        }

        var inSource = line.Length - line.TrimStart().Length;
        var inText = text.Length - text.TrimStart().Length;
        return lineStart + inSource - inText;
    }

    private static SourceSpan FenceLine(SourceText source, int start)
    {
        var end = start;
        while (end < source.Length && source.Text[end] is not ('\r' or '\n'))
        {
            end++;
        }

        return source.Span(start, end - start);
    }

    private static SourceSpan RestSpan(SourceSpan fence, string rest)
    {
        var at = rest.Length == 0 ? -1 : fence.Text.LastIndexOf(rest, StringComparison.Ordinal);
        return at < 0 ? fence : fence.Source.Span(fence.Start + at, rest.Length);
    }

    private static string Caption(int slide, IEnumerable<string> shownLines)
    {
        var first = shownLines.Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
        if (first.Length > 40)
        {
            first = first[..37] + "...";
        }

        return $"slide {slide}, block '{first}'";
    }
}
