using DeckBuild.Diagnostics;

namespace DeckBuild.Html;

/// <summary>
/// Checks that a slide's HTML is closed within the slide. reveal.js splits slides before the browser parses
/// them, so an element left open ends with its slide; DeckBuild closes it there too and warns. A comment or a
/// raw-text element (script, style, textarea, ...) left open would instead eat every following slide: an error.
/// </summary>
public static class HtmlStructureRules
{
    /// <summary>Runs the checks and returns the names of the elements to close at the end of the slide,
    /// outermost first.</summary>
    public static IReadOnlyList<string> Check(SlideHtml html, DiagnosticBag bag)
    {
        foreach (var comment in html.Comments().Where(c => !c.Comment.EndsWith("-->", StringComparison.Ordinal)))
        {
            bag.Report(DiagnosticCatalog.SwallowingElement, html.Span(comment.StreamPosition, 4), "This HTML comment",
                "-->");
        }

        var unclosed = new List<string>();
        foreach (var element in html.Elements().Where(e => !e.Closed))
        {
            if (HtmlElements.IsVoid(element.Name) || HtmlElements.HasOptionalEnd(element.Name))
            {
                continue;
            }

            if (HtmlElements.IsRawText(element.Name))
            {
                bag.Report(DiagnosticCatalog.SwallowingElement, html.StartTagSpan(element), $"<{element.Name}>",
                    $"</{element.Name}>");
                continue;
            }

            bag.Report(DiagnosticCatalog.UnclosedElement, html.StartTagSpan(element), element.Name);
            unclosed.Add(element.Name);
        }

        foreach (var (name, span) in html.StrayEndTags())
        {
            if (!HtmlElements.IsVoid(name) && !HtmlElements.HasOptionalEnd(name))
            {
                bag.Report(DiagnosticCatalog.StrayEndTag, span, name);
            }
        }

        return unclosed;
    }
}
