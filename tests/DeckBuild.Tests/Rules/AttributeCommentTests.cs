using System.Text.RegularExpressions;
using DeckBuild.Slides;

namespace DeckBuild.Tests.Rules;

/// <summary>reveal.js's <c>&lt;!-- .element: ... --&gt;</c> and <c>&lt;!-- .slide: ... --&gt;</c> comments.
/// </summary>
public sealed class AttributeCommentTests : IDisposable
{
    private readonly TestCourse course = new();

    /// <summary>The pattern the comments were once read with, which took cubic time on a long unclosed comment;
    /// the reader must agree with it on every comment.</summary>
    private static readonly Regex Pattern = new(@"^<!--\s*\.(slide|element)\s*:?\s*(.*?)\s*-->\s*$",
        RegexOptions.Singleline);

    [Fact]
    public void Comments_are_read_as_the_pattern_reads_them()
    {
        string[] pieces = ["-->", " ", "\n", "\t", ".", "slide", "element", ":", "a=\"b\"", "x", "-", ">", "--"];
        string[] spaces = ["", " ", "  ", "\n", "\t "];
        var random = new Random(5);
        var matched = 0;
        for (var i = 0; i < 20_000; i++)
        {
            string Any(string[] choices) => choices[random.Next(choices.Length)];
            string Often(string text) => random.Next(5) == 0 ? Any(pieces) : text;
            var text = Often("<!--") + Any(spaces) + Often(".") + Often(random.Next(2) == 0 ? "slide" : "element") +
                string.Concat(Enumerable.Range(0, random.Next(0, 8)).Select(_ => Any(pieces))) + Any(spaces) +
                Often("-->") + Any(spaces);
            var expected = Pattern.Match(text);

            var found = AttributeCommentReader.TryFindBody(text, out var target, out var start, out var end);

            Assert.True(expected.Success == found, $"'{text}': pattern {expected.Success}, reader {found}");
            if (found)
            {
                matched++;
                Assert.Equal(expected.Groups[1].Value == "slide", target == AttributeTarget.Slide);
                Assert.Equal((expected.Groups[2].Index, expected.Groups[2].Value), (start, text[start..end]));
            }
        }

        Assert.InRange(matched, 5000, 15_000);
    }

    [Fact]
    public void Element_comment_after_a_list_item_puts_the_class_on_the_li()
    {
        var result = course.BuildDeck("- One\n- Two <!-- .element: class=\"fragment\" -->\n");

        Assert.Empty(course.Lines(result));
        Assert.Equal(
            "<section data-deck-steps=\"1\">\n" +
            "<ul>\n" +
            "<li>One</li>\n" +
            "<li class=\"fragment\">Two <!-- .element: class=\"fragment\" --></li>\n" +
            "</ul>\n" +
            "</section>\n", DeckPages.Slides(result));
    }

    [Fact]
    public void Element_comment_after_a_footnote_reference_targets_its_paragraph()
    {
        // Markdig moves footnotes to the end of the document, out of the text's order.
        var result = course.BuildDeck("[^1]: <b>x</b>\n\nB[^1] <!-- .element: class=\"fragment\" -->\n");

        Assert.Empty(course.Lines(result));
        Assert.Contains("<p class=\"fragment\">B", DeckPages.Slides(result));
        Assert.StartsWith("<section data-deck-steps=\"1\">", DeckPages.Slides(result));
    }

    [Fact]
    public void Element_comment_after_emphasis_targets_the_emphasis()
    {
        var result = course.BuildDeck(
            "Some *word* <!-- .element: class=\"fragment highlight-red\" data-fragment-index=\"2\" -->\n");

        Assert.Empty(course.Lines(result));
        Assert.Contains("<p>Some <em class=\"fragment highlight-red\" data-fragment-index=\"2\">word</em> <!--",
            DeckPages.Slides(result));
    }

    [Fact]
    public void Element_comment_on_its_own_line_targets_the_block_before_it()
    {
        var result = course.BuildDeck("Paragraph\n\n<!-- .element: id=\"intro\" style=\"color: red\" -->\n");

        Assert.Empty(course.Lines(result));
        Assert.StartsWith("<section data-deck-steps=\"0\">\n<p id=\"intro\" style=\"color: red\">Paragraph</p>\n",
            DeckPages.Slides(result));
    }

    [Fact]
    public void Slide_comment_puts_its_attributes_on_the_section()
    {
        var result = course.BuildDeck("<!-- .slide: data-background-color=\"#000\" class=\"dark\" -->\n# A\n");

        Assert.Empty(course.Lines(result));
        Assert.StartsWith("<section class=\"dark\" data-background-color=\"#000\" data-deck-steps=\"0\">\n",
            DeckPages.Slides(result));
    }

    [Fact]
    public void Slide_comment_applies_only_to_its_own_slide()
    {
        var result = course.BuildDeck("# A\n\n---\n\n# B\n<!-- .slide: data-transition=\"zoom\" -->\n");

        Assert.Empty(course.Lines(result));
        var slides = DeckPages.Slides(result);
        Assert.StartsWith("<section data-deck-steps=\"0\">\n<h1>A</h1>\n</section>\n" +
            "<section data-transition=\"zoom\" data-deck-steps=\"0\">\n", slides);
    }

    [Fact]
    public void Comments_inside_a_code_fence_are_not_applied()
    {
        var result = course.BuildDeck(
            "<!-- .slide: class=\"kept\" -->\n\n" +
            "```html\n<!-- .slide: data-background-color=\"#000\" -->\n" +
            "- A <!-- .element: class=\"fragment\" -->\n```\n");

        Assert.Empty(course.Lines(result));
        Assert.Equal(
            "<section class=\"kept\" data-deck-steps=\"0\">\n" +
            "<!-- .slide: class=\"kept\" -->\n" +
            "<pre><code class=\"language-html\">&lt;!-- .slide: data-background-color=&quot;#000&quot; --&gt;\n" +
            "- A &lt;!-- .element: class=&quot;fragment&quot; --&gt;\n" +
            "</code></pre>\n" +
            "</section>\n", DeckPages.Slides(result));
    }

    [Fact]
    public void Comment_without_attributes_is_a_warning()
    {
        var lines = course.CheckDeck("Text\n\n  <!-- .element: -->\n");

        Assert.Equal(
        [
            "deck.md(3,3,3,21): warning DECK113: '<!-- .element: -->' has no attributes DeckBuild can read; write " +
            "them as name=\"value\", for example <!-- .element: class=\"fragment\" -->.",
        ], lines);
    }

    [Fact]
    public void Ordinary_comments_are_left_alone()
    {
        var result = course.BuildDeck("Text <!-- a note to self: element -->\n");

        Assert.Empty(course.Lines(result));
        Assert.StartsWith("<section data-deck-steps=\"0\">\n<p>Text <!-- a note to self: element --></p>\n",
            DeckPages.Slides(result));
    }

    [Fact]
    public void Element_comment_inside_an_html_block_is_a_warning_and_ignored()
    {
        var result = course.BuildDeck("<div>\n<p>A</p>\n<!-- .element: class=\"fragment\" -->\n</div>\n");

        Assert.Equal(
        [
            "deck.md(3,1,3,36): warning DECK114: '<!-- .element: class=\"fragment\" -->' sits inside an HTML block, " +
            "where DeckBuild cannot attach it to an element; it is ignored. Write the attributes on the HTML " +
            "element itself.",
        ], course.Lines(result));
        Assert.StartsWith("<section data-deck-steps=\"0\">\n", DeckPages.Slides(result));
    }

    [Fact]
    public void Positions_of_attribute_comments_are_exact_on_a_crlf_file_with_tabs()
    {
        var lines = course.CheckDeck("# A\r\n\r\nText\t<!-- .slide: -->\r\n");

        Assert.Equal(
        [
            "deck.md(3,6,3,22): warning DECK113: '<!-- .slide: -->' has no attributes DeckBuild can read; write " +
            "them as name=\"value\", for example <!-- .element: class=\"fragment\" -->.",
        ], lines);
    }

    public void Dispose() => course.Dispose();
}
