using System.Net;
using System.Text;

namespace DeckBuild.Rendering;

/// <summary>The course's <c>index.html</c>: every deck with its title, in path order.</summary>
public static class IndexPage
{
    public sealed record Entry(string Title, string RelativeUrl, int SlideCount);

    public static string Render(string courseTitle, IEnumerable<Entry> decks)
    {
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\">\n");
        page.Append("<meta name=\"generator\" content=\"DeckBuild\">\n");
        page.Append($"<title>{WebUtility.HtmlEncode(courseTitle)}</title>\n");
        page.Append($"<link rel=\"stylesheet\" href=\"{RuntimeLayout.Folder}/{RuntimeLayout.OwnStylesheet}\">\n");
        page.Append("</head>\n<body class=\"deck-index\">\n<main>\n");
        page.Append($"<h1>{WebUtility.HtmlEncode(courseTitle)}</h1>\n<ol class=\"deck-list\">\n");
        foreach (var deck in decks.OrderBy(d => d.RelativeUrl, StringComparer.Ordinal))
        {
            var slides = deck.SlideCount == 1 ? "1 slide" : $"{deck.SlideCount} slides";
            page.Append($"<li><a href=\"{WebUtility.HtmlEncode(deck.RelativeUrl)}\">")
                .Append(WebUtility.HtmlEncode(deck.Title))
                .Append($"</a> <span class=\"deck-meta\">{slides}</span></li>\n");
        }

        page.Append("</ol>\n</main>\n</body>\n</html>\n");
        return page.ToString();
    }
}
