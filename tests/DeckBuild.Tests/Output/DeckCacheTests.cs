using DeckBuild.Courses;

namespace DeckBuild.Tests.Output;

/// <summary>Decks whose inputs did not change come from the cache, with the same page and diagnostics.</summary>
public sealed class DeckCacheTests
{
    [Fact]
    public void An_unchanged_deck_is_not_checked_again_and_gives_the_same_page_and_diagnostics()
    {
        using var course = new TestCourse();
        course.Write("a.md", "# A\n\n<div data-fragment-index=\"1\">x</div>\n");
        course.Write("b.md", "# B\n");
        var options = course.Options("a.md", "b.md") with { CacheFile = Path.Combine(course.Directory, "cache.json") };

        var first = CourseBuilder.Build(options);
        var second = CourseBuilder.Build(options);

        Assert.Equal(2, first.CheckedDecks);
        Assert.Equal(0, second.CheckedDecks);
        Assert.Equal(first.Decks.Select(d => d.Html), second.Decks.Select(d => d.Html));
        Assert.Equal(course.Lines(first), course.Lines(second));
    }

    [Fact]
    public void A_deck_is_checked_again_when_an_asset_it_looked_for_appears_or_a_timeline_it_uses_changes()
    {
        using var course = new TestCourse();
        course.Write("timelines/t.yml", "- year: 2000\n  name: Old\n");
        course.Write("a.md", "<div class=\"timeline\" style=\"--start-year: 1999; --end-year: 2001;\">\n" +
            "{{TIMELINE:t}}\n</div>\n\n![x](pic.png)\n");
        course.Write("b.md", "# B\n");
        var options = course.Options("a.md", "b.md") with { CacheFile = Path.Combine(course.Directory, "cache.json") };
        Assert.Contains(course.Lines(CourseBuilder.Build(options)), l => l.Contains("DECK501"));

        course.Write("pic.png", "png");
        var afterAsset = CourseBuilder.Build(options);
        course.Write("timelines/t.yml", "- year: 2000\n  name: New\n");
        var afterTimeline = CourseBuilder.Build(options);

        Assert.Equal(1, afterAsset.CheckedDecks);
        Assert.DoesNotContain(course.Lines(afterAsset), l => l.Contains("DECK501"));
        Assert.Equal(1, afterTimeline.CheckedDecks);
        Assert.Contains(">New<", afterTimeline.Decks.Single(d => d.OutputPath == "a.html").Html);
    }

    [Fact]
    public void A_damaged_cache_file_is_ignored()
    {
        using var course = new TestCourse();
        course.Write("a.md", "# A\n");
        var cache = Path.Combine(course.Directory, "cache.json");
        File.WriteAllText(cache, "{ not json");

        var result = CourseBuilder.Build(course.Options("a.md") with { CacheFile = cache });

        Assert.Equal(1, result.CheckedDecks);
        Assert.Empty(result.Diagnostics.Items);
    }
}
