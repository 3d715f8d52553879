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
    private readonly Dictionary<HtmlNode, int[]> childEnds = [];
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
        if (HtmlNesting.FindTooDeep(masked) is { } tooDeep)
        {
            bag.Report(DiagnosticCatalog.HtmlNestedTooDeeply, source.Span(start + tooDeep, 1),
                HtmlNesting.MaximumDepth);
            masked = new string(' ', masked.Length);
        }

        var document = Load(masked);
        return new SlideHtml(document, source, start, masked);
    }

    /// <summary>Parses HTML with the options every slide is parsed with.</summary>
    internal static HtmlDocument Load(string html)
    {
        // "<%" is text in a browser, not the start of server-side code. The syntax check is off: it lists the
        // elements never closed, which DeckBuild finds in the tree, and it made a slide of many elements quadratic.
        var document = new HtmlDocument { OptionCheckSyntax = false, DisableServerSideCode = true };
        document.LoadHtml(html);
        return document;
    }

    /// <summary>The masked text: the slide with code and math blanked out.</summary>
    public string MaskedText => masked;

    /// <summary>Offset of the slide's first character in the deck file.</summary>
    public int Offset => offset;

    public IEnumerable<HtmlNode> Elements() => nodes.Value.Where(n => n.NodeType == HtmlNodeType.Element);

    public IEnumerable<HtmlCommentNode> Comments() => nodes.Value.OfType<HtmlCommentNode>();

    /// <summary>End tags that close nothing, with their spans in the deck file.</summary>
    public IEnumerable<(string Name, SourceSpan Span)> StrayEndTags() =>
        document.ParseErrors
            .Where(e => e.Code == HtmlParseErrorCode.TagNotOpened)
            .Select(e => (Name: NameAfter(e.StreamPosition + 2), e.StreamPosition))
            .Where(t => t.Name.Length > 0)
            .Select(t => (t.Name, Span(t.StreamPosition, t.Name.Length + 3)));

    /// <summary>The innermost element whose start tag comes before <paramref name="absoluteOffset"/> and whose
    /// content still holds it.</summary>
    public HtmlNode? ElementAt(int absoluteOffset)
    {
        var position = absoluteOffset - offset;
        HtmlNode? found = null;
        var node = document.DocumentNode;
        while (FirstChildHolding(node, position) is { } child)
        {
            found = node = child;
        }

        return found;
    }

    /// <summary>The first child element of <paramref name="node"/> whose text holds <paramref name="position"/>.
    /// </summary>
    /// <remarks>An element left open reaches over the siblings after it, so several may hold the position. Their
    /// starts are in order, and the furthest end reached so far only grows, so a binary search finds the first:
    /// a slide with thousands of timelines side by side looks each one up quickly.</remarks>
    private HtmlNode? FirstChildHolding(HtmlNode node, int position)
    {
        if (!childEnds.TryGetValue(node, out var furthestEnds))
        {
            furthestEnds = FurthestEnds(node.ChildNodes);
            childEnds[node] = furthestEnds;
        }

        var (low, high) = (0, furthestEnds.Length);
        while (low < high)
        {
            var middle = low + (high - low) / 2;
            (low, high) = furthestEnds[middle] > position ? (low, middle) : (middle + 1, high);
        }

        return low < furthestEnds.Length && node.ChildNodes[low].OuterStartIndex <= position
            ? node.ChildNodes[low]
            : null;
    }

    /// <summary>For each child, the furthest end of the elements up to it (text and comments end nowhere).
    /// </summary>
    private static int[] FurthestEnds(HtmlNodeCollection children)
    {
        var ends = new int[children.Count];
        var furthest = int.MinValue;
        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            if (child.NodeType == HtmlNodeType.Element)
            {
                furthest = Math.Max(furthest, child.OuterStartIndex + child.OuterLength);
            }

            ends[i] = furthest;
        }

        return ends;
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
