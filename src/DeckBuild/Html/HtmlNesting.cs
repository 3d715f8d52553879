using HtmlAgilityPack;

namespace DeckBuild.Html;

/// <summary>
/// A quick count of how deeply a piece of HTML nests, taken before HtmlAgilityPack parses it: HtmlAgilityPack
/// walks up to the root for every element it closes, so nesting n deep costs n² steps, and a megabyte of nested
/// <c>&lt;div&gt;</c>s would keep a build busy for hours.
/// </summary>
/// <remarks>
/// The count reads tags the way HtmlAgilityPack does (<see cref="HtmlTagReader"/>) and follows its rules: empty
/// elements such as <c>&lt;br&gt;</c> and self-closed tags open nothing, the content of <c>&lt;script&gt;</c> and
/// the like is text, a start tag may end its parents (<see cref="ImplicitEnds"/>), an end tag closes the innermost
/// open element of its name and everything opened inside it, and an end tag with no such element is ignored. A
/// test compares the count with HtmlAgilityPack's own depth on generated HTML: it may be higher, never lower.
/// </remarks>
public static class HtmlNesting
{
    /// <summary>The most elements that may be open at once, the same as the limit on Markdown nesting.</summary>
    public const int MaximumDepth = 1100;

    /// <summary>The offset of the start tag that opens level <see cref="MaximumDepth"/> + 1, if any.</summary>
    public static int? FindTooDeep(string html) => Scan(html, MaximumDepth).TooDeepAt;

    /// <summary>How deep the deepest element sits in <paramref name="html"/>, counting itself.</summary>
    internal static int Deepest(string html) => Scan(html, int.MaxValue).Deepest;

    private static (int Deepest, int? TooDeepAt) Scan(string html, int limit)
    {
        var open = new OpenElements();
        var deepest = 0;
        var reader = new HtmlTagReader(html);
        while (reader.Next() is { } tag)
        {
            if (tag.IsEnd)
            {
                open.Close(tag.Name);
                continue;
            }

            while (tag.MayEndParent && open.Count > 0 && ImplicitEnds.EndsParent(open.Innermost, tag.Name))
            {
                open.CloseInnermost();
            }

            var isText = HtmlNode.IsCDataElement(tag.Name) && !tag.SelfClosed;
            if (tag.Name.Length == 0 || HtmlNode.IsEmptyElement(tag.Name) || tag.SelfClosed || isText)
            {
                // An element that holds no other elements: as deep as it sits, but it opens nothing.
                deepest = Math.Max(deepest, open.Count + 1);
                if (isText)
                {
                    reader.SkipText(tag.Name);
                }

                continue;
            }

            deepest = Math.Max(deepest, open.Open(tag.Name));
            if (open.Count > limit)
            {
                return (deepest, tag.Start);
            }
        }

        return (deepest, null);
    }

    /// <summary>The elements open at a point, innermost last, with how many of each name are open, so that an
    /// end tag finds its element without searching.</summary>
    private sealed class OpenElements
    {
        private readonly List<string> stack = [];
        private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);

        public int Count => stack.Count;

        public string Innermost => stack[^1];

        /// <summary>Opens an element; returns how many are open.</summary>
        public int Open(string name)
        {
            stack.Add(name);
            counts[name] = counts.GetValueOrDefault(name) + 1;
            return stack.Count;
        }

        public void CloseInnermost()
        {
            counts[stack[^1]]--;
            stack.RemoveAt(stack.Count - 1);
        }

        public void Close(string name)
        {
            if (counts.GetValueOrDefault(name) == 0)
            {
                return;
            }

            string closed;
            do
            {
                closed = stack[^1];
                CloseInnermost();
            }
            while (closed != name);
        }
    }
}
