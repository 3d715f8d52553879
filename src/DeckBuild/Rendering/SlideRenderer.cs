using System.Net;
using System.Text;
using DeckBuild.Slides;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace DeckBuild.Rendering;

/// <summary>Renders one slide to its reveal.js <c>&lt;section&gt;</c>, once, at build time.</summary>
public static class SlideRenderer
{
    public static string Render(SlideDocument slide)
    {
        var builder = new StringBuilder();
        builder.Append("<section").Append(SectionAttributes(slide)).Append(">\n");
        builder.Append(RenderMarkdown(slide.Content, slide, slide.Slide.ContentStart));
        Close(builder, slide.UnclosedElements);

        if (slide.Notes is not null)
        {
            builder.Append("<aside class=\"notes\">\n");
            builder.Append(RenderMarkdown(slide.Notes, slide, slide.Slide.NotesStart));
            Close(builder, slide.UnclosedNoteElements);
            builder.Append("</aside>\n");
        }

        builder.Append("</section>\n");
        return builder.ToString();
    }

    /// <summary>Closes elements left open, innermost first.</summary>
    private static void Close(StringBuilder builder, IReadOnlyList<string> unclosed)
    {
        foreach (var name in Enumerable.Reverse(unclosed))
        {
            builder.Append("</").Append(name).Append(">\n");
        }
    }

    private static string RenderMarkdown(MarkdownDocument document, SlideDocument slide, int offset)
    {
        var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer);
        DeckMarkdown.Pipeline.Setup(renderer);
        var lookup = new PlacementLookup(slide.Timelines, offset);
        renderer.ObjectRenderers.ReplaceOrAdd<HtmlBlockRenderer>(new SlideHtmlBlockRenderer(lookup));
        renderer.ObjectRenderers.ReplaceOrAdd<CodeBlockRenderer>(new RevealCodeBlockRenderer());
        renderer.ObjectRenderers.Add(new TimelinePlaceholderRenderer(lookup));
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    private static string SectionAttributes(SlideDocument slide)
    {
        var classes = new List<string>();
        var others = new List<(string Name, string Value)>();
        foreach (var attribute in slide.SectionAttributes)
        {
            if (attribute.Name.Equals("class", StringComparison.OrdinalIgnoreCase))
            {
                classes.AddRange(attribute.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                continue;
            }

            others.RemoveAll(o => o.Name.Equals(attribute.Name, StringComparison.OrdinalIgnoreCase));
            others.Add((attribute.Name.ToLowerInvariant(), attribute.Value));
        }

        var builder = new StringBuilder();
        if (classes.Count > 0)
        {
            builder.Append($" class=\"{WebUtility.HtmlEncode(string.Join(' ', classes.Distinct()))}\"");
        }

        foreach (var (name, value) in others)
        {
            builder.Append($" {name}=\"{WebUtility.HtmlEncode(value)}\"");
        }

        builder.Append($" data-deck-steps=\"{slide.Steps.StepCount}\"");
        return builder.ToString();
    }
}
