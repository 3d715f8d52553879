using DeckBuild.Courses;

namespace DeckBuild.Tests.Rules;

/// <summary>Images and other files a slide loads: found, missing, or outside the slides folder.</summary>
public sealed class AssetTests : IDisposable
{
    private readonly TestCourse course = new();

    [Fact]
    public void Missing_html_image_is_a_warning_at_the_src_value()
    {
        var result = course.BuildDeck("# A\n\n<img src=\"img/missing.png\" alt=\"x\">\n");

        Assert.Equal([Missing(3, 11, "img/missing.png", "slides/img/missing.png")], course.Lines(result));
        Assert.Empty(DeckPages.Single(result).Assets);
    }

    [Fact]
    public void Missing_markdown_image_is_a_warning_at_the_url()
    {
        var lines = course.CheckDeck("# A\n\n![Chart](images/chart.png \"Title\")\n");

        Assert.Equal([Missing(3, 10, "images/chart.png", "slides/images/chart.png")], lines);
    }

    [Fact]
    public void Missing_image_position_is_exact_on_a_crlf_line_with_a_tab()
    {
        var lines = course.CheckDeck("# A\r\n\r\nText\t![a](b.png)\r\n");

        Assert.Equal([Missing(3, 11, "b.png", "slides/b.png")], lines);
    }

    [Fact]
    public void Missing_slide_background_is_a_warning_at_the_value()
    {
        var lines = course.CheckDeck("<!-- .slide: data-background-image=\"img/bg.png\" -->\n# A\n");

        Assert.Equal([Missing(1, 37, "img/bg.png", "slides/img/bg.png")], lines);
    }

    [Theory]
    [InlineData("../../secret.png")]
    [InlineData("../secret.png")]
    [InlineData("/../secret.png")]
    public void Path_leaving_the_slides_folder_is_an_error(string url)
    {
        var lines = course.CheckDeck($"<img src=\"{url}\">\n");

        Assert.Equal(
        [
            $"deck.md(1,11,1,{11 + url.Length}): error DECK502: '{url}' points outside the slides folder " +
            $"'{course.SlidesFolder}'; only files inside it are copied to the output. Move the file into the " +
            "slides folder.",
        ], lines);
    }

    [Fact]
    public void Web_addresses_data_urls_and_anchors_are_ignored()
    {
        var result = course.BuildDeck(
            "<img src=\"https://example.com/a.png\">\n\n" +
            "<video src=\"//cdn.example.com/v.mp4\" poster=\"HTTP://example.com/p.png\"></video>\n\n" +
            "![x](data:image/png;base64,iVBORw0KGgo=)\n\n" +
            "![y](#top)\n\n" +
            "<!-- .slide: data-background=\"#ff0000\" -->\n");

        Assert.Empty(course.Lines(result));
        Assert.Empty(DeckPages.Single(result).Assets);
    }

    [Fact]
    public void Existing_image_is_listed_with_its_output_path()
    {
        var image = course.Write("images/chart.png", "png");
        course.Write("part1/deck.md", "![Chart](../images/chart.png)\n\n<img src=\"../images/chart.png?v=2\">\n");

        var result = course.Build("part1/deck.md");

        Assert.Empty(course.Lines(result));
        var deck = DeckPages.Single(result);
        Assert.Equal("part1/deck.html", deck.OutputPath);
        Assert.Equal([new AssetCopy(image, "images/chart.png")], deck.Assets);
    }

    [Fact]
    public void Root_relative_and_escaped_paths_resolve_inside_the_slides_folder()
    {
        var image = course.Write("media/my image.png", "png");
        var background = course.Write("media/bg.jpg", "jpg");
        course.Write("part1/deck.md",
            "<img src=\"/media/my%20image.png\">\n\n---\n\n<!-- .slide: data-background=\"../media/bg.jpg\" -->\n");

        var result = course.Build("part1/deck.md");

        Assert.Empty(course.Lines(result));
        Assert.Equal([new AssetCopy(image, "media/my image.png"), new AssetCopy(background, "media/bg.jpg")],
            DeckPages.Single(result).Assets);
    }

    [Fact]
    public void Image_in_the_notes_is_checked_and_copied()
    {
        var image = course.Write("img/shown.png", "png");

        var result = course.BuildDeck("# A\n\nNote: ![x](img/notes.png)\n<img src=\"img/shown.png\">\n");

        Assert.Equal([Missing(3, 12, "img/notes.png", "slides/img/notes.png")], course.Lines(result));
        Assert.Equal([new AssetCopy(image, "img/shown.png")], DeckPages.Single(result).Assets);
    }

    [Fact]
    public void Image_in_code_is_not_an_asset()
    {
        var lines = course.CheckDeck("```html\n<img src=\"missing.png\">\n```\n\n`![x](missing.png)`\n");

        Assert.Empty(lines);
    }

    public void Dispose() => course.Dispose();

    private static string Missing(int line, int column, string url, string lookedFor) =>
        $"deck.md({line},{column},{line},{column + url.Length}): warning DECK501: '{url}' does not exist (looked " +
        $"for {lookedFor}); the slide would show a broken image. Add the file or fix the path.";
}
