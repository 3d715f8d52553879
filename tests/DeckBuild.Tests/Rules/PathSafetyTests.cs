using DeckBuild.Courses;

namespace DeckBuild.Tests.Rules;

/// <summary>Deck text can never make DeckBuild read outside the course or inject markup into a page.</summary>
public sealed class PathSafetyTests
{
    [Fact]
    public void An_image_that_links_outside_the_slides_folder_is_an_error_and_not_copied()
    {
        using var course = new TestCourse();
        var outside = Path.Combine(course.Directory, "secret.png");
        File.WriteAllText(outside, "secret");
        File.CreateSymbolicLink(Path.Combine(course.SlidesFolder, "linked.png"), outside);
        Directory.CreateDirectory(Path.Combine(course.Directory, "elsewhere"));
        File.WriteAllText(Path.Combine(course.Directory, "elsewhere", "photo.png"), "photo");
        Directory.CreateSymbolicLink(Path.Combine(course.SlidesFolder, "images"),
            Path.Combine(course.Directory, "elsewhere"));
        course.Write("deck.md", "![a](linked.png)\n\n<img src=\"images/photo.png\">\n");

        var result = course.Build("deck.md");

        Assert.Equal(["DECK502", "DECK502"], result.Diagnostics.Sorted().Select(d => d.Code));
        Assert.Empty(Assert.Single(result.Decks).Assets);
    }

    [Fact]
    public void A_timeline_name_is_only_looked_up_never_used_as_a_path()
    {
        using var course = new TestCourse();
        course.Write("deck.md", "<div class=\"timeline\" style=\"--start-year: 1; --end-year: 2;\">\n" +
            "{{TIMELINE:../../../../etc/hostname}}\n</div>\n");

        var result = course.Build("deck.md");

        Assert.Equal(["DECK301"], result.Diagnostics.Items.Select(d => d.Code));
    }

    [Fact]
    public void Text_from_timelines_and_attribute_comments_is_escaped_in_the_page()
    {
        using var course = new TestCourse();
        course.Write("timelines/evil.yml",
            "- year: 2000\n  name: \"<script>alert(1)</script>\"\n  author: \"a & b\"\n");
        course.Write("deck.md", """
            <!-- .slide: data-state="x&quot;><script>alert(2)</script>" onload"x="y" -->

            <div class="timeline" style="--start-year: 1999; --end-year: 2001;">
                {{TIMELINE:evil}}
            </div>
            """);

        var page = Assert.Single(course.Build("deck.md").Decks).Html;

        var section = page[page.IndexOf("<section", StringComparison.Ordinal)..];
        section = section[..(section.IndexOf('>') + 1)];
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page);
        Assert.DoesNotContain("<script>alert(1)", page);
        Assert.Contains("a &amp; b", page);
        Assert.Equal(
            "<section data-state=\"x&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;\" data-deck-steps=\"0\">",
            section);
    }
}
