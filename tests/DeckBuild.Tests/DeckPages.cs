using DeckBuild.Courses;

namespace DeckBuild.Tests;

/// <summary>Reads parts of a rendered deck page, so tests can compare the slides without the page around them.
/// </summary>
public static class DeckPages
{
    private const string SlidesStart = "<div class=\"slides\">\n";
    private const string SlidesEnd = "</div>\n</div>\n<script";

    /// <summary>The single deck of a course result.</summary>
    public static BuiltDeck Single(CourseResult result) => Assert.Single(result.Decks);

    /// <summary>The rendered &lt;section&gt; elements of the deck's page.</summary>
    public static string Slides(BuiltDeck deck)
    {
        var start = deck.Html.IndexOf(SlidesStart, StringComparison.Ordinal);
        var end = deck.Html.LastIndexOf(SlidesEnd, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "The page has no slides container.");
        return deck.Html[(start + SlidesStart.Length)..end];
    }

    public static string Slides(CourseResult result) => Slides(Single(result));
}
