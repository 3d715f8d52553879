using DeckBuild.Diagnostics;
using DeckBuild.Text;
using HtmlAgilityPack;

namespace DeckBuild.Html;

/// <summary>
/// The inline HTML of one slide, parsed by HtmlAgilityPack from the masked slide text, with every element and
/// attribute position translated back to the deck file.
/// </summary>
public sealed class SlideHtml
{
    private readonly HtmlDocument document;
    private readonly Lazy<IReadOnlyList<HtmlNode>> nodes;
    private readonly SourceText source;
    private readonly int offset;
    private readonly string masked;

    private SlideHtml(HtmlDocument document, SourceText source, int offset, string masked)
    {
        this.document = document;
        nodes = new Lazy<IReadOnlyList<HtmlNode>>(() => InDocumentOrder(document.DocumentNode));
        this.source = source;
        this.offset = offset;
        this.masked = masked;
    }

    /// <summary>Parses the HTML between <paramref name="start"/> and <paramref name="end"/>, with the
    /// <paramref name="blanks"/> blanked out. HTML nested too deeply to parse in reasonable time is reported and
    /// read as if it held no HTML.</summary>
    public static SlideHtml Parse(SourceText source, int start, int end, IEnumerable<(int Start, int End)> blanks,
        DiagnosticBag bag)
    {
        var masked = HtmlMask.Apply(source.Text, start, end, blanks);
        // "<%" is text in a browser, not the start of server-side code.
        var document = new HtmlDocument { OptionCheckSyntax = true, DisableServerSideCode = true };
        if (HtmlNesting.FindTooDeep(masked) is { } tooDeep)
        {
            bag.Report(DiagnosticCatalog.HtmlNestedTooDeeply, source.Span(start + tooDeep, 1),
                HtmlNesting.MaximumDepth);
            masked = new string(' ', masked.Length);
        }

        document.LoadHtml(masked);
        return new SlideHtml(document, source, start, masked);
    }

    /// <summary>The masked text: the slide with code and math blanked out.</summary>
    public string MaskedText => masked;

    /// <summary>Offset of the slide's first character in the deck file.</summary>
    public int Offset => offset;

    public IEnumerable<HtmlNode> Elements() => nodes.Value.Where(n => n.NodeType == HtmlNodeType.Element);

    public IEnumerable<HtmlCommentNode> Comments() => nodes.Value.OfType<HtmlCommentNode>();

    /// <summary>End tags that close nothing, with their offsets in the deck file.</summary>
    public IEnumerable<(string Name, int Offset)> StrayEndTags() =>
        document.ParseErrors
            .Where(e => e.Code == HtmlParseErrorCode.TagNotOpened)
            .Select(e => (Name: NameAfter(e.StreamPosition + 2), Offset: offset + e.StreamPosition))
            .Where(t => t.Name.Length > 0);

    /// <summary>The innermost element whose start tag comes before <paramref name="absoluteOffset"/> and whose
    /// content still holds it.</summary>
    public HtmlNode? ElementAt(int absoluteOffset)
    {
        var position = absoluteOffset - offset;
        HtmlNode? found = null;
        var node = document.DocumentNode;
        while (true)
        {
            var child = node.ChildNodes.FirstOrDefault(c => c.NodeType == HtmlNodeType.Element &&
                c.OuterStartIndex <= position && position < c.OuterStartIndex + c.OuterLength);
            if (child is null)
            {
                return found;
            }

            found = node = child;
        }
    }

    public SourceSpan StartTagSpan(HtmlNode element) => source.Span(offset + element.StreamPosition,
        Math.Max(1, element.Name.Length + 1));

    public SourceSpan NameSpan(HtmlAttribute attribute) =>
        source.Span(offset + attribute.StreamPosition, Math.Max(1, (attribute.OriginalName ?? attribute.Name).Length));

    /// <summary>The attribute's value as written, entities and all, which is what the offsets refer to.</summary>
    public SourceSpan ValueSpan(HtmlAttribute attribute) => attribute.ValueStartIndex <= attribute.StreamPosition
        ? NameSpan(attribute)
        : source.Span(offset + attribute.ValueStartIndex, attribute.ValueLength);

    public SourceSpan Span(int relativeStart, int length) => source.Span(offset + relativeStart, length);

    /// <summary>Every node below <paramref name="root"/>, parents before children.</summary>
    /// <remarks>HtmlAgilityPack's own <c>Descendants()</c> nests one iterator per level, so walking 1,000 nested
    /// elements took a million steps; this walk takes one per node.</remarks>
    private static List<HtmlNode> InDocumentOrder(HtmlNode root)
    {
        var ordered = new List<HtmlNode>();
        var pending = new Stack<HtmlNode>(root.ChildNodes.Reverse());
        while (pending.TryPop(out var node))
        {
            ordered.Add(node);
            for (var i = node.ChildNodes.Count - 1; i >= 0; i--)
            {
                pending.Push(node.ChildNodes[i]);
            }
        }

        return ordered;
    }

    private string NameAfter(int position)
    {
        var end = position;
        while (end < masked.Length && (char.IsLetterOrDigit(masked[end]) || masked[end] == '-'))
        {
            end++;
        }

        return position < masked.Length ? masked[position..end].ToLowerInvariant() : "";
    }
}
