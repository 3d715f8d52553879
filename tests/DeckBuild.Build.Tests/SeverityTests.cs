namespace DeckBuild.Build.Tests;

/// <summary>DeckBuild's warnings obey MSBuild's own switches; there are no DeckBuild-specific ones.</summary>
public sealed class SeverityTests
{
    private const string Deck = "# Steps\n\n<div data-fragment-index=\"1\">Not a fragment</div>\n";

    [Fact]
    public void A_warning_is_a_warning_by_default_and_the_deck_is_written()
    {
        using var course = new CourseProject();
        course.Write("slides/deck.md", Deck);

        var run = course.Build();

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            ["slides/deck.md(3,6): warning DECK402: <div> has data-fragment-index=\"1\" but no class " +
                "\"fragment\", so the index does nothing. Add class=\"fragment\" or remove the attribute."],
            run.Diagnostics);
        Assert.True(File.Exists(Path.Combine(course.OutputFolder, "deck.html")));
    }

    [Fact]
    public void NoWarn_silences_a_code()
    {
        using var course = new CourseProject();
        course.Write("slides/deck.md", Deck);

        var run = course.Build("-p:NoWarn=DECK402");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Diagnostics);
    }

    [Theory]
    [InlineData("-p:WarningsAsErrors=DECK402")]
    [InlineData("-p:TreatWarningsAsErrors=true")]
    public void A_warning_promoted_to_an_error_fails_the_build_and_writes_no_deck(string switchArgument)
    {
        using var course = new CourseProject();
        course.Write("slides/deck.md", Deck);

        var run = course.Build(switchArgument);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(run.Diagnostics, d => d.Contains("error DECK402", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(course.OutputFolder, "deck.html")));
    }
}
