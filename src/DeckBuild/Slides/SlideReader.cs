using DeckBuild.Assets;
using DeckBuild.Decks;
using DeckBuild.Diagnostics;
using DeckBuild.Fragments;
using DeckBuild.Html;
using DeckBuild.Rendering;
using DeckBuild.Text;
using DeckBuild.Timelines;
using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DeckBuild.Slides;

/// <summary>Reads one slide: parses its Markdown and HTML and runs every per-slide check.</summary>
public static class SlideReader
{
    public static SlideDocument Read(Deck deck, Slide slide, TimelineLibrary timelines, DiagnosticBag bag)
    {
        var source = deck.Source;
        var content = Parse(source, slide.ContentStart, slide.ContentEnd, bag);
        var notes = slide.HasNotes ? Parse(source, slide.NotesStart, slide.End, bag) : null;
        var html = SlideHtml.Parse(source, slide.ContentStart, slide.ContentEnd, Blanks(content, slide.ContentStart),
            bag);
        var notesHtml = notes is null ? null : SlideHtml.Parse(source, slide.NotesStart, slide.End,
            Blanks(notes, slide.NotesStart), bag);

        // The notes are written into the same page, so HTML left open there breaks the following slides too.
        var unclosed = HtmlStructureRules.Check(html, bag);
        var unclosedInNotes = notesHtml is null ? [] : HtmlStructureRules.Check(notesHtml, bag);
        var placements = TimelinePlacementReader.Read(html, timelines, bag);
        var comments = ReadComments(html, source, bag);
        var elementFragments = ElementAttributes.Apply(content, slide.ContentStart, comments.Elements, bag);
        var sectionAttributes = comments.Slides.Concat(elementFragments.ForSection).ToList();

        var fragments = HtmlFragmentRules.Check(html, bag)
            .Concat(elementFragments.Fragments)
            .Concat(placements.SelectMany(TimelineFragments))
            .Concat(CodeStepFragments(content, slide.ContentStart, source))
            .OrderBy(f => f.Span.Start)
            .ToList();
        var plan = StepPlan.For(fragments);
        FragmentRules.CheckMixedIndices(plan, fragments, bag);

        return new SlideDocument
        {
            Slide = slide,
            Content = content,
            Notes = notes,
            Html = html,
            Timelines = placements,
            SectionAttributes = sectionAttributes,
            UnclosedElements = unclosed,
            UnclosedNoteElements = unclosedInNotes,
            Steps = plan,
            Assets = AssetCollector.Collect(html, content, slide.ContentStart, sectionAttributes)
                .Concat(notesHtml is null ? [] : AssetCollector.Collect(notesHtml, notes!, slide.NotesStart, []))
                .ToList(),
            Heading = FirstHeading(content),
        };
    }

    private static MarkdownDocument Parse(SourceText source, int start, int end, DiagnosticBag bag)
    {
        try
        {
            return Markdown.Parse(source.Text[start..end], DeckMarkdown.Pipeline);
        }
        catch (ArgumentException) when (end > start)
        {
            // Markdig refuses input nested beyond the pipeline's limit.
            bag.Report(DiagnosticCatalog.NestedTooDeeply, source.Span(start, 1), DeckMarkdown.MaximumNestingDepth);
            return new MarkdownDocument();
        }
    }

    /// <summary>Code, math, autolinks and link destinations (which may be written in angle brackets), which an
    /// HTML parser must not read as markup.</summary>
    private static IEnumerable<(int Start, int End)> Blanks(MarkdownDocument document, int offset) =>
        document.Descendants()
            .Where(node => node is CodeBlock or CodeInline or MathInline or AutolinkInline)
            .Select(node => node.Span)
            .Concat(document.Descendants<LinkInline>().Where(l => !l.UrlSpan.IsEmpty).Select(l => l.UrlSpan))
            .Select(span => (offset + span.Start, offset + span.End + 1));

    private static (List<CommentAttribute> Slides, List<AttributeComment> Elements) ReadComments(SlideHtml html,
        SourceText source, DiagnosticBag bag)
    {
        var slides = new List<CommentAttribute>();
        var elements = new List<AttributeComment>();
        foreach (var node in html.Comments())
        {
            var start = html.Offset + node.StreamPosition;
            var comment = AttributeCommentReader.TryRead(source, start, node.Comment.Length, bag);
            if (comment?.Target == AttributeTarget.Slide)
            {
                slides.AddRange(comment.Attributes);
            }
            else if (comment is not null)
            {
                elements.Add(comment);
            }
        }

        return (slides, elements);
    }

    private static IEnumerable<Fragment> TimelineFragments(TimelinePlacement placement) =>
        placement.VisibleEvents
            .Where(placement.Steps.ContainsKey)
            .Select(e => new Fragment(placement.Steps[e].Index, placement.Placeholder));

    /// <summary>reveal.js's highlight plugin turns each line step after the first into an unindexed fragment.
    /// </summary>
    private static IEnumerable<Fragment> CodeStepFragments(MarkdownDocument content, int offset, SourceText source) =>
        content.Descendants<FencedCodeBlock>()
            .Select(block => (block, info: CodeFenceInfo.Of(block)))
            .Where(b => b.info.LineSteps is not null)
            .SelectMany(b => Enumerable.Range(0, b.info.LineSteps!.Count(c => c == '|'))
                .Select(_ => new Fragment(null, source.Span(offset + b.block.Span.Start, 3), IsCodeStep: true)));

    private static string? FirstHeading(MarkdownDocument content) =>
        content.Descendants<HeadingBlock>().FirstOrDefault() is { Inline: { } inline }
            ? string.Concat(inline.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim()
            : null;
}
