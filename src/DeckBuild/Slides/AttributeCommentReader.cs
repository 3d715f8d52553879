using System.Text.RegularExpressions;
using DeckBuild.Diagnostics;
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
        var match = Comment().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var target = match.Groups[1].Value == "slide" ? AttributeTarget.Slide : AttributeTarget.Element;
        var body = match.Groups[2];
        var attributes = Parse(source, start + body.Index, body.Value);
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
        var document = new HtmlDocument();
        document.LoadHtml(prefix + body + ">");
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

    [GeneratedRegex(@"^<!--\s*\.(slide|element)\s*:?\s*(.*?)\s*-->\s*$", RegexOptions.Singleline)]
    private static partial Regex Comment();

    /// <summary>What an attribute name written into a page may be; anything else is dropped, never echoed.</summary>
    [GeneratedRegex(@"^[A-Za-z_:][-A-Za-z0-9_:.]*$")]
    private static partial Regex AttributeName();
}
