using DeckBuild.Diagnostics;
using DeckBuild.Fragments;
using DeckBuild.Rendering;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DeckBuild.Slides;

/// <summary>
/// Attaches <c>.element</c> comments to the Markdown element before them, as reveal.js does in the browser: the
/// nearest earlier sibling element, else the enclosing one. A comment at the top of a slide with nothing before
/// it applies to the slide.
/// </summary>
public static class ElementAttributes
{
    public sealed record Result(IReadOnlyList<Fragment> Fragments, IReadOnlyList<CommentAttribute> ForSection);

    public static Result Apply(MarkdownDocument document, int offset, IReadOnlyList<AttributeComment> comments,
        DiagnosticBag bag)
    {
        var fragments = new List<Fragment>();
        var section = new List<CommentAttribute>();
        if (comments.Count == 0)
        {
            return new Result(fragments, section);
        }

        // Footnotes move to the end of the document, so the nodes are put back in the order of the text.
        var nodes = document.Descendants()
            .Where(n => n is HtmlInline or HtmlBlock)
            .OrderBy(n => n.Span.Start)
            .ToList();
        var targets = new InlineTargets();
        foreach (var comment in comments)
        {
            var node = NodeAt(nodes, comment.Span.Start - offset);
            var target = node switch
            {
                HtmlInline inline => targets.Of(inline),
                HtmlBlock { Type: HtmlBlockType.Comment } block => BlockTarget(block),
                _ => null,
            };

            if (target is null && node is HtmlBlock { Type: not HtmlBlockType.Comment })
            {
                bag.Report(DiagnosticCatalog.ElementCommentInHtml, comment.Span, comment.Span.Text.Trim());
                continue;
            }

            if (target is null or MarkdownDocument)
            {
                section.AddRange(comment.Attributes);
            }
            else
            {
                Attach(target, comment);
            }

            if (FragmentOf(comment, bag) is { } fragment)
            {
                fragments.Add(fragment);
            }
        }

        return new Result(fragments, section);
    }

    /// <summary>The fragment a comment makes, with its index checked like an HTML one.</summary>
    private static Fragment? FragmentOf(AttributeComment comment, DiagnosticBag bag)
    {
        var isFragment = comment.Classes.Contains("fragment");
        var index = comment.Attributes.LastOrDefault(a => a.Name.Equals("data-fragment-index",
            StringComparison.OrdinalIgnoreCase));
        var value = index is null ? null
            : FragmentIndex.Check(index.Value, isFragment, index.Span, index.Span, "element", bag);

        return isFragment ? new Fragment(value, comment.Span, index is not null) : null;
    }

    /// <summary>The HTML node that holds <paramref name="at"/>. The nodes are in text order and none holds another,
    /// so the holder is the last one starting at or before it.</summary>
    private static MarkdownObject? NodeAt(List<MarkdownObject> nodes, int at)
    {
        var (low, high) = (0, nodes.Count - 1);
        while (low <= high)
        {
            var middle = low + (high - low) / 2;
            (low, high) = nodes[middle].Span.Start <= at ? (middle + 1, high) : (low, middle - 1);
        }

        return high >= 0 && at <= nodes[high].Span.End ? nodes[high] : null;
    }

    /// <summary>
    /// The element an inline comment applies to: the nearest earlier sibling that renders as an element, else the
    /// enclosing block. Comments are looked up in document order, and each search stops at the comment looked up
    /// before it in the same paragraph, whose answer holds for everything before it: a paragraph of thousands of
    /// comments is read once, not once per comment.
    /// </summary>
    private sealed class InlineTargets
    {
        private readonly Dictionary<Inline, Inline?> found = [];

        public MarkdownObject? Of(HtmlInline comment)
        {
            var target = Sibling(comment);
            if (target is not null)
            {
                return target;
            }

            var block = comment.Parent?.ParentBlock;
            return block is null ? null : Renderable(block);
        }

        private Inline? Sibling(HtmlInline comment)
        {
            Inline? target = null;
            for (var sibling = comment.PreviousSibling; sibling is not null; sibling = sibling.PreviousSibling)
            {
                // Math is still text when reveal.js applies attributes, so it is never a target.
                if (sibling is EmphasisInline or LinkInline or CodeInline or AutolinkInline)
                {
                    target = sibling;
                    break;
                }

                if (found.TryGetValue(sibling, out var earlier))
                {
                    target = earlier;
                    break;
                }
            }

            found[comment] = target;
            return target;
        }
    }

    private static MarkdownObject? BlockTarget(HtmlBlock comment)
    {
        var parent = comment.Parent;
        if (parent is null)
        {
            return null;
        }

        var index = parent.IndexOf(comment);
        for (var i = index - 1; i >= 0; i--)
        {
            var sibling = parent[i];
            if (sibling is HtmlBlock { Type: HtmlBlockType.Comment })
            {
                continue;
            }

            return sibling is HtmlBlock ? null : Renderable(sibling);
        }

        return parent is MarkdownDocument ? parent : Renderable(parent);
    }

    /// <summary>The block itself, or the list item for a paragraph that a tight list renders without &lt;p&gt;.
    /// </summary>
    private static MarkdownObject Renderable(Block block) =>
        block is ParagraphBlock { Parent: ListItemBlock { Parent: ListBlock { IsLoose: false } } item } ? item : block;

    private static void Attach(MarkdownObject target, AttributeComment comment)
    {
        var attributes = target.GetAttributes();
        foreach (var attribute in comment.Attributes)
        {
            if (attribute.Name.Equals("class", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var cssClass in attribute.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    attributes.AddClass(cssClass);
                }
            }
            else if (attribute.Name.Equals("id", StringComparison.OrdinalIgnoreCase))
            {
                attributes.Id = attribute.Value;
            }
            else
            {
                attributes.Properties?.RemoveAll(p => p.Key.Equals(attribute.Name, StringComparison.OrdinalIgnoreCase));
                attributes.AddProperty(attribute.Name, attribute.Value);
            }
        }
    }
}
