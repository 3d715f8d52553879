namespace DeckBuild.Html;

/// <summary>
/// A quick look at how deeply a piece of HTML nests, taken before HtmlAgilityPack parses it: HtmlAgilityPack
/// walks up to the root for every element it closes, so nesting n deep costs n² steps, and a megabyte of nested
/// <c>&lt;div&gt;</c>s would keep a build busy for hours.
/// </summary>
/// <remarks>
/// Start tags count one level in and end tags one level out; void elements, self-closing tags, comments and the
/// content of raw-text elements do not count. Elements that HTML closes implicitly (an unclosed <c>&lt;p&gt;</c>)
/// count as open, so for such HTML the depth found is higher than a parser's, never lower.
/// </remarks>
public static class HtmlNesting
{
    /// <summary>The most elements that may be open at once, the same as the limit on Markdown nesting.</summary>
    public const int MaximumDepth = 1100;

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    private static readonly HashSet<string> RawTextElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title",
    };

    /// <summary>The offset of the start tag that opens level <see cref="MaximumDepth"/> + 1, if any.</summary>
    public static int? FindTooDeep(string html)
    {
        var depth = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                i = SkipPast(html, i + 4, "-->");
                continue;
            }

            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var name = NameAt(html, nameStart);
            if (name.Length == 0)
            {
                i++;
                continue;
            }

            var tagEnd = EndOfTag(html, nameStart + name.Length);
            if (closing)
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (RawTextElements.Contains(name))
            {
                tagEnd = SkipPast(html, tagEnd, "</" + name);
            }
            else if (!VoidElements.Contains(name) && !IsSelfClosing(html, tagEnd) && ++depth > MaximumDepth)
            {
                return i;
            }

            i = tagEnd;
        }

        return null;
    }

    private static bool IsSelfClosing(string html, int tagEnd) =>
        tagEnd >= 2 && html[tagEnd - 1] == '>' && html[tagEnd - 2] == '/';

    private static string NameAt(string html, int start)
    {
        if (start >= html.Length || !char.IsAsciiLetter(html[start]))
        {
            return "";
        }

        var end = start;
        while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] == '-'))
        {
            end++;
        }

        return html[start..end];
    }

    /// <summary>The offset just past the tag's '>', reading quoted attribute values whole.</summary>
    private static int EndOfTag(string html, int from)
    {
        var quote = '\0';
        for (var i = from; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
        }

        return html.Length;
    }

    private static int SkipPast(string html, int from, string marker)
    {
        var at = html.IndexOf(marker, Math.Min(from, html.Length), StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html.Length : at + marker.Length;
    }
}
