using DeckBuild.Timelines;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace DeckBuild.Rendering;

/// <summary>
/// Writes raw HTML blocks as they are, except that a timeline placeholder becomes the timeline's HTML, indented
/// like the placeholder so the output stays readable.
/// </summary>
public sealed class SlideHtmlBlockRenderer(PlacementLookup placements) : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock block)
    {
        var lines = block.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines.Lines[i];
            var text = line.Slice.ToString();
            var written = 0;
            foreach (System.Text.RegularExpressions.Match match in TimelinePlaceholderSyntax.Pattern().Matches(text))
            {
                if (placements.At(line.Slice.Start + match.Index) is not { } placement)
                {
                    continue;
                }

                var indent = text[..match.Index].Trim().Length == 0 ? text[..match.Index] : "";
                renderer.Write(text[written..match.Index]);
                renderer.Write(TimelineHtmlWriter.Write(placement, indent));
                written = match.Index + match.Length;
            }

            renderer.Write(text[written..]);
            renderer.WriteLine();
        }
    }
}
