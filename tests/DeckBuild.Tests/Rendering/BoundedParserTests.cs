using System.Text;
using DeckBuild.Rendering;
using DeckBuild.Tests.Fuzz;
using Markdig;
using Markdig.Syntax;

namespace DeckBuild.Tests.Rendering;

/// <summary>
/// DeckBuild's list and link parsers are only faster than Markdig's: for any Markdown, both give the same tree,
/// with the same spans, lines and columns, and the same HTML. The one exception is by design: a link destination
/// with parentheses nested more than 32 deep.
/// </summary>
public sealed class BoundedParserTests
{
    private static readonly MarkdownPipeline Bounded = DeckMarkdown.Pipeline;
    private static readonly MarkdownPipeline Stock = DeckMarkdown.Build(bounded: false);

    [Fact]
    public void Markdigs_blank_line_counts_are_reachable()
    {
        // If a Markdig upgrade renames them, lists still parse right, but deep lists are slow again.
        Assert.True(NestedListParser.CanCountBlankLines);
    }

    public static TheoryData<string> DeepLists => new()
    {
        "tight", "loose", "ordered", "tabs", "quoted", "code inside", "stairs",
    };

    [Theory]
    [MemberData(nameof(DeepLists))]
    public void A_deeply_nested_list_gives_Markdigs_tree(string shape)
    {
        var markdown = DeepList(shape, depth: 150);

        AssertSameTree(markdown);
    }

    [Theory]
    [InlineData("[a](b)")]
    [InlineData("[a](<b c>) and ![i](x.png \"title\")")]
    [InlineData("[a](b(c)d)")]
    [InlineData("[a](\\(b)")]
    [InlineData("[a]( \n b )")]
    [InlineData("[a](b(c d)")]
    [InlineData("[a](b\n\n[a]: /r")]
    [InlineData("[a]([a]([a](x)))")]
    [InlineData("[a](x\\ '((((((((((((((((((((((((((((((((((')")]
    [InlineData("[a](x\\\n'((((((((((((((((((((((((((((((((((')")]
    [InlineData("[a](x\\((((((((((((((((((((((((((((((((((y)")]
    public void Links_give_Markdigs_tree(string markdown)
    {
        AssertSameTree(markdown);
        AssertSameTree($"{markdown}\n\n[a]: /reference\n");
    }

    [Fact]
    public void A_link_destination_nests_parentheses_up_to_the_limit()
    {
        const int limit = BoundedLinkParser.MaximumParentheses;
        var fits = "[a](" + new string('(', limit) + "b" + new string(')', limit) + ")";
        var tooDeep = "[a](" + new string('(', limit + 1) + "b" + new string(')', limit + 1) + ")";

        AssertSameTree(fits);
        Assert.Contains("<a href=", Markdown.ToHtml(fits, Bounded));
        Assert.DoesNotContain("<a href=", Markdown.ToHtml(tooDeep, Bounded));
        Assert.Contains("<a href=\"/r\">a</a>", Markdown.ToHtml(tooDeep + "\n\n[a]: /r\n", Bounded));
    }

    [Fact]
    public void Generated_list_documents_give_Markdigs_tree()
    {
        var random = new Random(20261203);
        for (var i = 0; i < 3000; i++)
        {
            AssertSameTree(ListDocument(random));
        }
    }

    [Fact]
    public void Real_and_damaged_decks_give_Markdigs_tree()
    {
        var decks = Directory.GetFiles(RepositoryPaths.Of("tests/DeckBuild.Tests/Fuzz/corpus"), "*.md")
            .Concat(Directory.GetFiles(RepositoryPaths.Of("samples/AttentionCourse/slides"), "*.md"))
            .Append(RepositoryPaths.Of("seeds/attention-and-transformers.md"))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes)
            .ToList();

        for (var i = 0; i < 400; i++)
        {
            var deck = i < decks.Count ? decks[i] : new Mutator(i).Mutate(decks[i % decks.Count]);
            AssertSameTree(Encoding.UTF8.GetString(deck));
        }
    }

    private static void AssertSameTree(string markdown)
    {
        var expected = Dump(markdown, Stock);
        var actual = Dump(markdown, Bounded);
        if (expected != actual)
        {
            Assert.Fail($"Trees differ for:\n{Escape(markdown)}\n--- Markdig\n{expected}\n--- DeckBuild\n{actual}");
        }
    }

    private static string Dump(string markdown, MarkdownPipeline pipeline)
    {
        var text = new StringBuilder();
        var document = Markdown.Parse(markdown, pipeline);
        foreach (var node in document.Descendants().Prepend(document))
        {
            text.Append($"{node.GetType().Name} {node.Span} {node.Line}:{node.Column}");
            switch (node)
            {
                case ListBlock list:
                    text.Append($" ordered={list.IsOrdered} bullet={list.BulletType} loose={list.IsLoose}");
                    text.Append($" start={list.OrderedStart} delimiter={list.OrderedDelimiter}");
                    break;
                case ListItemBlock item:
                    text.Append($" width={item.ColumnWidth} order={item.Order} open={item.IsOpen}");
                    break;
                case LeafBlock { Lines.Count: > 0 } leaf:
                    text.Append(" lines=").Append(Escape(leaf.Lines.ToString()));
                    break;
            }

            text.Append('\n');
        }

        return text.Append(Markdown.ToHtml(markdown, pipeline)).ToString();
    }

    private static string DeepList(string shape, int depth)
    {
        var text = new StringBuilder("# Deep\n\n");
        for (var i = 0; i < depth; i++)
        {
            var indent = new string(' ', 2 * i);
            text.Append(shape switch
            {
                "loose" => $"{indent}- item {i}\n\n",
                "ordered" => $"{new string(' ', 3 * i)}1. item {i}\n",
                "tabs" => $"{new string('\t', i / 2)}{(i % 2 == 1 ? "  " : "")}- item {i}\n",
                "quoted" => $"> {indent}- item {i}\n",
                "code inside" => $"{indent}- item {i}\n\n{indent}      code {i}\n\n",
                "stairs" => $"{indent}- item {i}\n{new string(' ', i % 7)}lazy {i}\n",
                _ => $"{indent}- item {i}\n",
            });
        }

        return text.Append("\nafter\n").ToString();
    }

    /// <summary>Short documents full of what makes lists hard: indents of spaces and tabs, every kind of
    /// marker, empty items, blank lines, code, fences, breaks, quotes and lazy lines.</summary>
    private static string ListDocument(Random random)
    {
        string[] markers = ["- ", "* ", "+ ", "1. ", "2) ", "10. ", "-", "-\t", "1.", "-    ", ""];
        string[] contents =
        [
            "item", "text *em*", "```", "~~~", "---", "***", "    code", "\tcode", "<div>", "# head", "$x$", "- - x",
            "> quote", "[ ] task", "[a](b)", "[a](", "](", "(", ")", "![i](x.png \"t\")", "[r]", "[r]: /u", "",
        ];
        string[] indents = [" ", "  ", "   ", "    ", "\t", " \t"];

        var text = new StringBuilder();
        var lines = random.Next(1, 40);
        var depth = 0;
        for (var i = 0; i < lines; i++)
        {
            if (random.Next(5) == 0)
            {
                text.Append(random.Next(3) == 0 ? " \n" : "\n");
                continue;
            }

            depth = Math.Max(0, depth + random.Next(-2, 3));
            if (random.Next(8) == 0)
            {
                text.Append("> ");
            }

            for (var d = 0; d < depth; d++)
            {
                text.Append(indents[random.Next(indents.Length)]);
            }

            text.Append(markers[random.Next(markers.Length)]).Append(contents[random.Next(contents.Length)]);
            text.Append(random.Next(10) == 0 ? "\r\n" : "\n");
        }

        return text.ToString();
    }

    private static string Escape(string text) =>
        text.Replace("\t", "\\t").Replace("\r", "\\r").Replace("\n", "\\n\n");
}
