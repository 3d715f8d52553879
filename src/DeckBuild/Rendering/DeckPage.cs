using System.Net;
using System.Text;

namespace DeckBuild.Rendering;

/// <summary>The HTML page of one deck: the runtime, the rendered slides and the reveal.js options.</summary>
public static class DeckPage
{
    /// <param name="title">The deck's title.</param>
    /// <param name="runtimePath">The runtime folder relative to the page, with forward slashes.</param>
    /// <param name="theme">The reveal.js theme name.</param>
    /// <param name="highlightTheme">The highlight.js style name.</param>
    /// <param name="slides">The rendered <c>&lt;section&gt;</c> elements.</param>
    /// <param name="optionsJson">A JSON object merged into DeckBuild's reveal.js options.</param>
    public static string Render(string title, string runtimePath, string theme, string highlightTheme, string slides,
        string optionsJson)
    {
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n");
        page.Append("<meta charset=\"utf-8\">\n");
        page.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\">\n");
        page.Append("<meta name=\"generator\" content=\"DeckBuild\">\n");
        page.Append($"<title>{WebUtility.HtmlEncode(title)}</title>\n");
        var stylesheets = RuntimeLayout.Stylesheets
            .Append(RuntimeLayout.ThemeFile(theme))
            .Append(RuntimeLayout.HighlightThemeFile(highlightTheme))
            .Append(RuntimeLayout.OwnStylesheet);
        foreach (var stylesheet in stylesheets)
        {
            page.Append($"<link rel=\"stylesheet\" href=\"{runtimePath}/{stylesheet}\">\n");
        }

        page.Append("</head>\n<body>\n<div class=\"reveal\">\n<div class=\"slides\">\n");
        page.Append(slides);
        page.Append("</div>\n</div>\n");
        foreach (var script in RuntimeLayout.Scripts)
        {
            page.Append($"<script src=\"{runtimePath}/{script}\"></script>\n");
        }

        // "</" cannot appear inside a script element, so escape it in the JSON.
        var json = optionsJson.Replace("</", "<\\/", StringComparison.Ordinal);
        page.Append($"<script type=\"application/json\" id=\"deck-options\">{json}</script>\n");
        page.Append($"<script src=\"{runtimePath}/{RuntimeLayout.OwnScript}\"></script>\n");
        page.Append("</body>\n</html>\n");
        return page.ToString();
    }
}
