using System.Text.RegularExpressions;
using DeckBuild.Diagnostics;
using DeckBuild.Html;
using DeckBuild.Text;
using HtmlAgilityPack;

namespace DeckBuild.Slides;

/// <summary>
/// Recognises reveal.js attribute comments. As in reveal.js the colon after <c>.element</c> is optional, and
/// attributes are read by an HTML parser, so quoting and entities work as in any tag.
/// </summary>
public static partial class AttributeCommentReader
{
    /// <summary>Reads the comment that starts at <paramref name="start"/>, or returns null when it is an ordinary
    /// comment.</summary>
    public static AttributeComment? TryRead(SourceText source, int start, int length, DiagnosticBag bag)
    {
        var text = source.Text.Substring(start, length);
        if (!TryFindBody(text, out var target, out var bodyStart, out var bodyEnd))
        {
            return null;
        }

        var attributes = Parse(source, start + bodyStart, text[bodyStart..bodyEnd]);
        var span = source.Span(start, length);
        if (attributes.Count == 0)
        {
            bag.Report(DiagnosticCatalog.InvalidAttributeComment, span, text.Trim());
        }

        return new AttributeComment(target, attributes, span);
    }

    private static List<CommentAttribute> Parse(SourceText source, int bodyStart, string body)
    {
        const string prefix = "<x ";
        var document = SlideHtml.Load(prefix + body + ">");
        var element = document.DocumentNode.FirstChild;
        if (element is null || element.NodeType != HtmlNodeType.Element)
        {
            return [];
        }

        return element.Attributes
            .Where(a => AttributeName().IsMatch(a.Name))
            .Select(a => new CommentAttribute(a.Name, HtmlEntity.DeEntitize(a.Value ?? ""),
                source.Span(bodyStart + Math.Max(0, a.ValueStartIndex - prefix.Length), a.ValueLength)))
            .ToList();
    }

    /// <summary>Finds the attributes in <c>&lt;!-- .slide: ... --&gt;</c> or <c>&lt;!-- .element ... --&gt;</c>:
    /// between the keyword (and an optional colon) and the closing "--&gt;", without the spaces around them.
    /// </summary>
    /// <remarks>Read by hand in one pass: as a regular expression, a long unclosed comment of spaces took time
    /// growing with the cube of its length.</remarks>
    internal static bool TryFindBody(string text, out AttributeTarget target, out int bodyStart, out int bodyEnd)
    {
        target = AttributeTarget.Element;
        bodyStart = bodyEnd = 0;
        var end = TrimmedEnd(text, text.Length, 0);
        if (!text.StartsWith("<!--", StringComparison.Ordinal) || end < 7 ||
            string.CompareOrdinal(text, end - 3, "-->", 0, 3) != 0)
        {
            return false;
        }

        var i = SkipSpaces(text, 4);
        if (At(text, i) != '.')
        {
            return false;
        }

        if (string.CompareOrdinal(text, i + 1, "slide", 0, 5) == 0)
        {
            target = AttributeTarget.Slide;
            i += 6;
        }
        else if (string.CompareOrdinal(text, i + 1, "element", 0, 7) == 0)
        {
            i += 8;
        }
        else
        {
            return false;
        }

        i = SkipSpaces(text, i);
        i = SkipSpaces(text, At(text, i) == ':' ? i + 1 : i);
        var closing = end - 3;
        if (i > closing)
        {
            // The closing "-->" overlaps what was read already.
            return false;
        }

        bodyStart = i;
        bodyEnd = TrimmedEnd(text, closing, bodyStart);
        return true;
    }

    private static int SkipSpaces(string text, int from)
    {
        while (from < text.Length && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        return from;
    }

    private static int TrimmedEnd(string text, int end, int floor)
    {
        while (end > floor && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static char At(string text, int index) => index < text.Length ? text[index] : '\0';

    /// <summary>What an attribute name written into a page may be; anything else is dropped, never echoed.</summary>
    [GeneratedRegex(@"^[A-Za-z_:][-A-Za-z0-9_:.]*$")]
    private static partial Regex AttributeName();
}
