using DeckBuild.Courses;
using DeckBuild.Testing;

namespace DeckBuild.Tests.Fuzz;

/// <summary>
/// Inputs at the limits a user would call reasonable build to a page without overflowing the stack. How the
/// time grows with size is measured by the benchmark's "limits" mode, not asserted here.
/// </summary>
public sealed class SizeLimitTests
{
    public static TheoryData<string> Limits => new()
    {
        "10 MB deck of 5,000+ slides", "1,000 nested divs", "1,000 nested block quotes", "1,000 nested lists",
        "1,000 nested loose lists", "100,000-character line", "100,000-character line of unclosed links",
        "100,000-character line of placeholder starts", "placeholder start and 100,000 spaces",
        "placeholder start and 100,000 characters of math", "unclosed attribute comment and 100,000 spaces",
    };

    [Theory]
    [MemberData(nameof(Limits))]
    public void A_deck_at_the_limit_builds_to_a_page(string limit)
    {
        using var course = new TestCourse();
        course.Write("deck.md", Deck(limit));

        var result = CourseBuilder.Build(course.Options("deck.md"));

        Assert.DoesNotContain(result.Diagnostics.Items, d => d.Code == "DECK999");
        Assert.StartsWith("<!DOCTYPE html>", Assert.Single(result.Decks).Html);
    }

    private static string Deck(string limit) => limit switch
    {
        "10 MB deck of 5,000+ slides" => LimitDecks.Slides(7200),
        "1,000 nested divs" => LimitDecks.NestedDivs(1000),
        "1,000 nested block quotes" => LimitDecks.NestedQuotes(1000),
        "1,000 nested lists" => LimitDecks.NestedList(1000),
        "1,000 nested loose lists" => LimitDecks.NestedList(1000, loose: true),
        "100,000-character line of unclosed links" => LimitDecks.UnclosedLinks(100_000),
        "100,000-character line of placeholder starts" => LimitDecks.PlaceholderStarts(100_000),
        "placeholder start and 100,000 spaces" => "{{TIMELINE:" + new string(' ', 100_000) + "a\nb}}\n",
        "placeholder start and 100,000 characters of math" =>
            "<div class=\"timeline\">{{TIMELINE: $" + LimitDecks.Repeat(10_000, "x^2 + y^2 ") + "$ y\n",
        "unclosed attribute comment and 100,000 spaces" => "<!-- .slide: " + new string(' ', 100_000) + "x\n",
        "100,000-character line" => "# Long\n\n" + LimitDecks.LongLine(100_000),
        _ => throw new ArgumentOutOfRangeException(nameof(limit), limit, "no deck for this limit"),
    };
}
