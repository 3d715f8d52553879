using DeckBuild.Courses;

namespace DeckBuild.Tests.Snapshots;

/// <summary>The rendered pages and the diagnostics of the seed deck and the sample course, as snapshots.</summary>
public sealed class CourseSnapshotTests
{
    [Fact]
    public void Seed_deck_renders_as_verified()
    {
        var result = Build("seeds", ["seeds/attention-and-transformers.md"], "seeds/timelines", "*.html");

        Snapshot.Match(Page(result, "attention-and-transformers.html"), "seed.attention-and-transformers");
    }

    [Fact]
    public void Seed_deck_has_no_errors_and_only_its_true_warnings()
    {
        var result = Build("seeds", ["seeds/attention-and-transformers.md"], "seeds/timelines", "*.html");

        Snapshot.Match(string.Join('\n', Lines(result)) + "\n", "seed.diagnostics", "txt");
        Assert.False(result.Diagnostics.HasErrors);
    }

    [Theory]
    [InlineData("01-course-map")]
    [InlineData("06-attention-and-transformers")]
    [InlineData("07-attention-in-csharp")]
    public void Sample_decks_render_as_verified(string deck)
    {
        var result = BuildSample();

        Snapshot.Match(Page(result, deck + ".html"), "sample." + deck);
    }

    [Fact]
    public void Sample_course_has_no_errors()
    {
        var result = BuildSample();

        Snapshot.Match(string.Join('\n', Lines(result)) + "\n", "sample.diagnostics", "txt");
        Assert.False(result.Diagnostics.HasErrors);
    }

    [Fact]
    public void Rendering_twice_gives_identical_pages()
    {
        var first = BuildSample();
        var second = BuildSample();

        Assert.Equal(first.Decks.Select(d => d.Html), second.Decks.Select(d => d.Html));
    }

    private static CourseResult BuildSample()
    {
        const string slides = "samples/AttentionCourse/slides";
        var decks = Directory.EnumerateFiles(RepositoryPaths.Of(slides), "*.md")
            .Select(p => Path.GetRelativePath(RepositoryPaths.Root, p).Replace('\\', '/'))
            .ToArray();
        return Build(slides, decks, slides + "/timelines", "*.yml");
    }

    private static CourseResult Build(string deckRoot, string[] decks, string timelineFolder, string pattern) =>
        CourseBuilder.Build(new CourseOptions
        {
            ProjectDirectory = RepositoryPaths.Root,
            DeckRoot = RepositoryPaths.Of(deckRoot),
            OutputDirectory = Path.Combine(Path.GetTempPath(), "deckbuild-unused"),
            Decks = decks.Select(RepositoryPaths.Of).ToList(),
            Timelines = Directory.EnumerateFiles(RepositoryPaths.Of(timelineFolder), pattern).ToList(),
            RuntimeDirectory = RepositoryPaths.Runtime,
        });

    private static string Page(CourseResult result, string outputPath) =>
        Assert.Single(result.Decks, d => d.OutputPath == outputPath).Html;

    private static IEnumerable<string> Lines(CourseResult result) => result.Diagnostics.Sorted()
        .Select(d => d.ToString().Replace(RepositoryPaths.Root + Path.DirectorySeparatorChar, ""));
}
