namespace DeckBuild.Tests.Rules;

/// <summary>Inline HTML must be closed within its slide, since reveal.js splits slides before parsing them.
/// </summary>
public sealed class HtmlStructureTests : IDisposable
{
    private const string UnclosedDiv = "warning DECK110: <div> is never closed in this slide; DeckBuild closes it " +
        "at the end of the slide. Add '</div>' where the element should end.";

    private readonly TestCourse course = new();

    private static string StrayEndTag(string name) => $"error DECK112: '</{name}>' has no matching '<{name}>' in " +
        "this slide, so it would close the slide's own container and break the slides after it. Remove it, or " +
        "move the opening tag into this slide.";

    [Fact]
    public void Unclosed_div_is_a_warning_and_is_closed_before_the_notes()
    {
        var result = course.BuildDeck("# Title\n\n<div class=\"box\">\n\nText\n\nNote: speaker\n");

        Assert.Equal([$"deck.md(3,1,3,5): {UnclosedDiv}"], course.Lines(result));
        Assert.Equal(
            "<section data-deck-steps=\"0\">\n" +
            "<h1>Title</h1>\n" +
            "<div class=\"box\">\n" +
            "<p>Text</p>\n" +
            "</div>\n" +
            "<aside class=\"notes\">\n" +
            "<p>speaker</p>\n" +
            "</aside>\n" +
            "</section>\n", DeckPages.Slides(result));
    }

    [Fact]
    public void Nested_unclosed_elements_are_closed_innermost_first()
    {
        var result = course.BuildDeck("<div class=\"outer\">\n<section>\n\nText\n");

        Assert.Equal(
        [
            $"deck.md(1,1,1,5): {UnclosedDiv}",
            "deck.md(2,1,2,9): warning DECK110: <section> is never closed in this slide; DeckBuild closes it at the " +
            "end of the slide. Add '</section>' where the element should end.",
        ], course.Lines(result));
        Assert.EndsWith("<p>Text</p>\n</section>\n</div>\n</section>\n", DeckPages.Slides(result));
    }

    [Fact]
    public void Element_left_open_in_one_slide_does_not_reach_the_next()
    {
        var result = course.BuildDeck("<div>\n\nA\n\n---\n\nB\n");

        Assert.Equal([$"deck.md(1,1,1,5): {UnclosedDiv}"], course.Lines(result));
        Assert.Equal(
            "<section data-deck-steps=\"0\">\n<div>\n<p>A</p>\n</div>\n</section>\n" +
            "<section data-deck-steps=\"0\">\n<p>B</p>\n</section>\n", DeckPages.Slides(result));
    }

    [Fact]
    public void Elements_with_optional_end_tags_and_void_elements_are_fine()
    {
        var lines = course.CheckDeck(
            "<ul>\n<li>One\n<li>Two\n</ul>\n\n<p>Para<br>\n\n<img src=\"https://example.com/a.png\">\n");

        Assert.Empty(lines);
    }

    [Fact]
    public void Unclosed_comment_swallows_the_following_slides()
    {
        var lines = course.CheckDeck("# A\n\nText <!-- hidden\n\n---\n\n# B\n");

        Assert.Equal(
        [
            "deck.md(3,6,3,10): error DECK111: This HTML comment is never closed, so everything after it, including " +
            "the following slides, would become part of it. Close it with '-->' in this slide.",
        ], lines);
    }

    [Fact]
    public void Unclosed_script_swallows_the_following_slides()
    {
        var lines = course.CheckDeck("# A\n\n<script>\nlet a = 1;\n\n---\n\n# B\n");

        Assert.Equal(
        [
            "deck.md(3,1,3,8): error DECK111: <script> is never closed, so everything after it, including the " +
            "following slides, would become part of it. Close it with '</script>' in this slide.",
        ], lines);
    }

    [Fact]
    public void Stray_end_tag_is_an_error_at_the_tag()
    {
        var lines = course.CheckDeck("# A\n\nText\n\n  </div>\n");

        Assert.Equal(
        [
            $"deck.md(5,3,5,9): {StrayEndTag("div")}",
        ], lines);
    }

    [Fact]
    public void Div_closed_in_the_next_slide_is_unclosed_here_and_stray_there()
    {
        var lines = course.CheckDeck("<div>\n\nA\n\n---\n\nB\n\n</div>\n");

        Assert.Equal(
        [
            $"deck.md(1,1,1,5): {UnclosedDiv}",
            $"deck.md(9,1,9,7): {StrayEndTag("div")}",
        ], lines);
    }

    [Fact]
    public void Html_in_fenced_code_and_inline_code_is_ignored()
    {
        var result = course.BuildDeck(
            "```html\n<div>\n<!-- open\n<script>\n```\n\n" +
            "Write `<div>` and `</span>` or ``<!--`` in text.\n\n" +
            "~~~\n</section>\n~~~\n");

        Assert.Empty(course.Lines(result));
        Assert.Contains("<p>Write <code>&lt;div&gt;</code> and <code>&lt;/span&gt;</code> or <code>&lt;!--</code> " +
            "in text.</p>\n", DeckPages.Slides(result));
    }

    [Fact]
    public void Html_in_indented_code_and_math_is_ignored()
    {
        var lines = course.CheckDeck("Text\n\n    <div>\n\n$a <b$ and $$c </d$$\n");

        Assert.Empty(lines);
    }

    [Fact]
    public void Autolinks_and_pointy_link_destinations_are_not_html()
    {
        var result = course.BuildDeck(
            "See <https://example.com/a?b=1> and <me@example.com>.\n\n[File](<my file.pdf>)\n");

        Assert.Empty(course.Lines(result));
        Assert.Equal(
            "<section data-deck-steps=\"0\">\n" +
            "<p>See <a href=\"https://example.com/a?b=1\">https://example.com/a?b=1</a> and " +
            "<a href=\"mailto:me@example.com\">me@example.com</a>.</p>\n" +
            "<p><a href=\"my%20file.pdf\">File</a></p>\n" +
            "</section>\n", DeckPages.Slides(result));
    }

    [Fact]
    public void Unclosed_comment_in_the_notes_swallows_the_following_slides()
    {
        var lines = course.CheckDeck("# A\n\nNote:\n<!-- oops\n\n---\n\n# B\n");

        Assert.Equal(
        [
            "deck.md(4,1,4,5): error DECK111: This HTML comment is never closed, so everything after it, including " +
            "the following slides, would become part of it. Close it with '-->' in this slide.",
        ], lines);
    }

    [Fact]
    public void Stray_end_tag_in_the_notes_is_an_error()
    {
        var lines = course.CheckDeck("# A\n\nNote: x\n\n</div>\n\n---\n\n# B\n");

        Assert.Equal([$"deck.md(5,1,5,7): {StrayEndTag("div")}"], lines);
    }

    [Fact]
    public void Unclosed_div_in_the_notes_is_closed_before_the_notes_end()
    {
        var result = course.BuildDeck("# A\n\nNote:\n<div class=\"n\">\n\ntext\n");

        Assert.Equal([$"deck.md(4,1,4,5): {UnclosedDiv}"], course.Lines(result));
        Assert.Equal(
            "<section data-deck-steps=\"0\">\n" +
            "<h1>A</h1>\n" +
            "<aside class=\"notes\">\n" +
            "<div class=\"n\">\n" +
            "<p>text</p>\n" +
            "</div>\n" +
            "</aside>\n" +
            "</section>\n", DeckPages.Slides(result));
    }

    [Fact]
    public void Positions_are_exact_on_a_crlf_file()
    {
        var lines = course.CheckDeck("# A\r\n\r\nText\r\n\r\n<div class=\"x\">\r\n\r\nMore\r\n\r\n  </span>\r\n");

        Assert.Equal(
        [
            $"deck.md(5,1,5,5): {UnclosedDiv}",
            $"deck.md(9,3,9,10): {StrayEndTag("span")}",
        ], lines);
    }

    [Fact]
    public void Positions_are_exact_on_a_line_with_tabs()
    {
        var lines = course.CheckDeck("# A\n\na\tb\t<em>x\n");

        Assert.Equal(
        [
            "deck.md(3,5,3,8): warning DECK110: <em> is never closed in this slide; DeckBuild closes it at the end " +
            "of the slide. Add '</em>' where the element should end.",
        ], lines);
    }

    [Fact]
    public void Positions_are_exact_in_a_later_slide_after_front_matter()
    {
        var lines = course.CheckDeck("---\ntitle: T\n---\n# A\n\n---\n\n# B\n\nx\t<b>x</b> <div>\n");

        Assert.Equal([$"deck.md(10,12,10,16): {UnclosedDiv}"], lines);
    }

    [Fact]
    public void Html_nested_past_the_limit_is_an_error_at_the_start_tag_that_goes_too_deep()
    {
        var lines = course.CheckDeck("# Deep\n\n" + Nested(1101) + "\n\n---\n\n<div>\n\nB\n");

        Assert.Equal(
        [
            "deck.md(3,5501,3,5502): error DECK115: More than 1100 HTML elements are open at once here, which " +
            "DeckBuild does not read, so the HTML of this slide or file is not checked. Close the elements you " +
            "open, or flatten the structure.",
            $"deck.md(7,1,7,5): {UnclosedDiv}",
        ], lines);
    }

    [Fact]
    public void Html_nested_to_the_limit_is_read()
    {
        Assert.Empty(course.CheckDeck(Nested(1100) + "\n"));
    }

    [Fact]
    public void Megabytes_of_nested_html_end_in_one_error()
    {
        var lines = course.CheckDeck(Nested(200_000) + "\n");

        Assert.StartsWith("deck.md(1,5501,1,5502): error DECK115:", lines.Single(), StringComparison.Ordinal);
    }

    public void Dispose() => course.Dispose();

    private static string Nested(int depth) =>
        string.Concat(Enumerable.Repeat("<div>", depth)) + "x" + string.Concat(Enumerable.Repeat("</div>", depth));
}
