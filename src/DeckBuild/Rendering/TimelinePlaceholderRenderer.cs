using DeckBuild.Timelines;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace DeckBuild.Rendering;

/// <summary>Writes the generated timeline in place of a placeholder found in Markdown text.</summary>
public sealed class TimelinePlaceholderRenderer(PlacementLookup placements)
    : HtmlObjectRenderer<TimelinePlaceholderInline>
{
    protected override void Write(HtmlRenderer renderer, TimelinePlaceholderInline inline)
    {
        if (placements.At(inline.Span.Start) is { } placement)
        {
            renderer.Write(TimelineHtmlWriter.Write(placement, ""));
        }
        else
        {
            renderer.WriteEscape(inline.Text);
        }
    }
}
