using DeckBuild.Assets;
using DeckBuild.Decks;
using DeckBuild.Fragments;
using DeckBuild.Html;
using DeckBuild.Timelines;
using Markdig.Syntax;

namespace DeckBuild.Slides;

/// <summary>Everything DeckBuild learned about one slide: its Markdown, its HTML, its timelines and its steps.
/// </summary>
public sealed class SlideDocument
{
    public required Slide Slide { get; init; }

    public required MarkdownDocument Content { get; init; }

    public MarkdownDocument? Notes { get; init; }

    public required SlideHtml Html { get; init; }

    public required IReadOnlyList<TimelinePlacement> Timelines { get; init; }

    /// <summary>Attributes for the slide's <c>&lt;section&gt;</c>, from <c>.slide</c> comments, in order.</summary>
    public required IReadOnlyList<CommentAttribute> SectionAttributes { get; init; }

    /// <summary>Elements left open at the end of the slide, outermost first; the renderer closes them.</summary>
    public required IReadOnlyList<string> UnclosedElements { get; init; }

    /// <summary>Elements left open at the end of the speaker notes, outermost first; the renderer closes them.
    /// </summary>
    public IReadOnlyList<string> UnclosedNoteElements { get; init; } = [];

    public required StepPlan Steps { get; init; }

    public required IReadOnlyList<AssetReference> Assets { get; init; }

    /// <summary>The first heading's text, for a deck without a title.</summary>
    public string? Heading { get; init; }
}
