using DeckBuild.Html;
using HtmlAgilityPack;

namespace DeckBuild.Tests.Rules;

/// <summary>The quick depth count that keeps HTML too deep to parse away from the HTML parser.</summary>
public sealed class HtmlNestingTests
{
    private static readonly int Limit = HtmlNesting.MaximumDepth;

    [Fact]
    public void The_start_tag_past_the_limit_is_found()
    {
        var html = "<p>x</p>" + Open("div", Limit + 5);

        Assert.Equal(8 + 5 * Limit, HtmlNesting.FindTooDeep(html));
    }

    [Fact]
    public void End_tags_close_levels()
    {
        var html = string.Concat(Enumerable.Repeat(Open("div", Limit) + Close("div", Limit), 3));

        Assert.Null(HtmlNesting.FindTooDeep(html));
    }

    [Fact]
    public void An_end_tag_closes_its_element_and_everything_inside_it()
    {
        var html = "<section>" + Open("div", Limit - 1) + "</section>" + Open("div", Limit);

        Assert.Null(HtmlNesting.FindTooDeep(html));
    }

    [Fact]
    public void An_end_tag_that_closes_nothing_is_ignored()
    {
        // HtmlAgilityPack ignores it too, so it would still nest the divs 2,000 deep.
        var html = string.Concat(Enumerable.Repeat("<div></i>", 2000));

        Assert.Equal(9 * Limit, HtmlNesting.FindTooDeep(html));
    }

    [Theory]
    [InlineData("<div\u00A0>x</div>")]
    [InlineData("</div<div>")]
    [InlineData("<li><li<a>")]
    public void Tags_HtmlAgilityPack_reads_differently_from_a_browser_are_counted_as_it_reads_them(string piece)
    {
        // A no-break space belongs to the name, so "</div>" closes nothing; a name cut off by the next tag is no
        // name, so that tag neither closes nor ends anything.
        var html = "<div>" + string.Concat(Enumerable.Repeat(piece, 2 * Limit));

        Assert.NotNull(HtmlNesting.FindTooDeep(html));
    }

    [Theory]
    [InlineData("<br title=it's>")]
    [InlineData("<!-->")]
    [InlineData("<!--->")]
    public void What_might_hide_a_start_tag_does_not(string hider)
    {
        var html = Open("div", Limit) + hider + "<div>' -->";

        Assert.Equal(5 * Limit + hider.Length, HtmlNesting.FindTooDeep(html));
    }

    [Theory]
    [InlineData("<br>")]
    [InlineData("<param name=\"a\">")]
    [InlineData("<img src=\"a.png\">")]
    [InlineData("<div/>")]
    [InlineData("<span class=\"x\" />")]
    [InlineData("<!-- <div> -->")]
    [InlineData("<script>if (a<b) { x = '<div>'; }</script>")]
    [InlineData("<STYLE>p::before { content: '<div>'; }</style>")]
    [InlineData("< div>")]
    [InlineData("<3 and 2<4")]
    [InlineData("<!---->")]
    public void Tags_that_open_no_level_do_not_count(string tag)
    {
        var html = Open("div", Limit - 1) + string.Concat(Enumerable.Repeat(tag, 2 * Limit));

        Assert.Null(HtmlNesting.FindTooDeep(html));
    }

    [Fact]
    public void A_greater_than_sign_inside_a_quoted_value_does_not_end_the_tag()
    {
        var html = Open("div", Limit) + "<a title=\"1 > 0\" href='x>y'><b>";

        Assert.Equal(5 * Limit, HtmlNesting.FindTooDeep(html));
    }

    [Fact]
    public void A_start_tag_ends_its_parent_where_HTML_allows_it()
    {
        var items = "<ul>" + string.Concat(Enumerable.Repeat("<li>item<p>text", 2 * Limit)) + "</ul>";

        Assert.Null(HtmlNesting.FindTooDeep(items));
    }

    [Fact]
    public void Elements_left_open_count_as_open()
    {
        var html = string.Concat(Enumerable.Repeat("<span>item", Limit + 1));

        Assert.Equal(10 * Limit, HtmlNesting.FindTooDeep(html));
    }

    [Fact]
    public void The_count_is_never_lower_than_HtmlAgilityPacks_depth()
    {
        string[] pieces =
        [
            "<div>", "</div>", "<span class=\"a\">", "</span>", "<li>", "</li>", "<td>", "<p>", "</p>", "</i>",
            "<br>", "<img src='x>y'>", "<div/>", "<!--", "-->", "<!-->", "<script>", "</script>", "<style>",
            "</STYLE>", "<a title=it's>", "<b title=\"", "\"", "'", ">", "<", "text", "\n", "<textarea>", "<p a=b>",
            "</", "<?x>", "<!DOCTYPE html>", "<table>", "</table>", "<tr>", "<ul>", "</ul>", "<section>", "<x-y>",
            "<a>", "</a>", "<a href=x/>", "<div <span>", "<h1>", "<h2>", "</h1>", "<dd>", "<dt>", "<option>",
            "<thead>", "<tbody>", "<caption>", "<colgroup>", "<th>", "</td>", "</tr>", "<title>", "</title>", "<form>",
            "</form>", "<b>", "</b>", "=", "/", "<x-y/>", "<DIV>", "</DIV >", "<br/>", "<p/>", "<![CDATA[", "]]>",
            "<%", "%>", "<div class=\"a\" / >", "<span a=\"x\"/>", "<li/>", " ", "</i >", "<script >", "</script x>",
            "<em", "<div a />", "<div a/>", "<li", "</div", "</li", "\u00A0", "\f", "<p\u00A0>", "<b a=\u00A0\"",
        ];
        var random = new Random(3);
        for (var i = 0; i < 20_000; i++)
        {
            var html = string.Concat(Enumerable.Range(0, random.Next(1, 60))
                .Select(_ => pieces[random.Next(pieces.Length)]));
            var document = SlideHtml.Load(html);

            var parsed = document.DocumentNode.Descendants().Where(n => n.NodeType == HtmlNodeType.Element)
                .Select(n => n.AncestorsAndSelf().Count(a => a.NodeType == HtmlNodeType.Element))
                .DefaultIfEmpty(0).Max();
            Assert.True(HtmlNesting.Deepest(html) >= parsed, $"{html}: counted {HtmlNesting.Deepest(html)}, " +
                $"HtmlAgilityPack nests {parsed} deep");
        }
    }

    private static string Open(string name, int count) => string.Concat(Enumerable.Repeat($"<{name}>", count));

    private static string Close(string name, int count) => string.Concat(Enumerable.Repeat($"</{name}>", count));
}
