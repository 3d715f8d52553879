using DeckBuild.Html;

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

    [Theory]
    [InlineData("<br>")]
    [InlineData("<img src=\"a.png\">")]
    [InlineData("<div/>")]
    [InlineData("<span class=\"x\" />")]
    [InlineData("<!-- <div> -->")]
    [InlineData("<script>if (a<b) { x = '<div>'; }</script>")]
    [InlineData("<STYLE>p::before { content: '<div>'; }</style>")]
    [InlineData("< div>")]
    [InlineData("<3 and 2<4")]
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
    public void Elements_closed_implicitly_count_as_open()
    {
        // Safer to stop early than to hand a parser more than it can take: <p> and <li> count until </p>, </li>.
        var html = string.Concat(Enumerable.Repeat("<li>item", Limit + 1));

        Assert.Equal(8 * Limit, HtmlNesting.FindTooDeep(html));
    }

    private static string Open(string name, int count) => string.Concat(Enumerable.Repeat($"<{name}>", count));

    private static string Close(string name, int count) => string.Concat(Enumerable.Repeat($"</{name}>", count));
}
