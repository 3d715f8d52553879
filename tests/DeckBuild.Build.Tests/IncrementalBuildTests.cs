namespace DeckBuild.Build.Tests;

/// <summary>What a second build does: nothing when nothing changed, and exactly what a change requires.</summary>
public sealed class IncrementalBuildTests
{
    private const string Timeline = "- year: 2017\n  name: Transformers\n- year: 2018\n  name: GPT-1\n";

    private const string TimelineDeck = """
        # With timeline

        <div class="timeline" style="--start-year: 2016; --end-year: 2019;">
            {{TIMELINE:models}}
        </div>
        """;

    [Fact]
    public void A_no_op_build_skips_DeckBuild_entirely()
    {
        using var course = Course();
        Assert.Equal(0, course.Build().ExitCode);

        var second = course.Build("-v:n");

        Assert.Contains("Skipping target \"DeckBuild\" because all output files are up-to-date", second.Log);
        Assert.DoesNotContain("DeckBuild: 2 decks", second.Log);
        Assert.Contains("DeckBuild: up to date: 2 decks, 2 slides, 0 code blocks, 0 errors, 0 warnings", second.Log);
    }

    [Fact]
    public void Editing_one_deck_checks_only_that_deck_and_a_timeline_change_only_the_decks_using_it()
    {
        using var course = Course();
        Assert.Equal(0, course.Build().ExitCode);
        var before = Stamps(course);

        File.AppendAllText(Path.Combine(course.Directory, "slides", "plain.md"), "\nMore text.\n");
        var deckRun = course.Build("-v:n");
        Assert.Equal(0, deckRun.ExitCode);
        Assert.Contains("DeckBuild: checked 1 of 2 decks", deckRun.Log);
        var afterDeck = Stamps(course);
        File.WriteAllText(Path.Combine(course.Directory, "slides", "timelines", "models.yml"),
            Timeline.Replace("GPT-1", "GPT one"));
        var timelineRun = course.Build("-v:n");
        Assert.Equal(0, timelineRun.ExitCode);
        Assert.Contains("DeckBuild: checked 1 of 2 decks", timelineRun.Log);
        var afterTimeline = Stamps(course);

        Assert.NotEqual(before["plain.html"], afterDeck["plain.html"]);
        Assert.Equal(before["timeline.html"], afterDeck["timeline.html"]);
        Assert.Equal(before["_deckbuild/reveal/reveal.js"], afterDeck["_deckbuild/reveal/reveal.js"]);
        Assert.NotEqual(afterDeck["timeline.html"], afterTimeline["timeline.html"]);
        Assert.Equal(afterDeck["plain.html"], afterTimeline["plain.html"]);
    }

    [Fact]
    public void Deleting_a_deck_removes_its_page_and_clean_removes_all_output()
    {
        using var course = Course();
        Assert.Equal(0, course.Build().ExitCode);

        File.Delete(Path.Combine(course.Directory, "slides", "plain.md"));
        Assert.Equal(0, course.Build().ExitCode);

        Assert.False(File.Exists(Path.Combine(course.OutputFolder, "plain.html")));
        Assert.True(File.Exists(Path.Combine(course.OutputFolder, "timeline.html")));
        Assert.DoesNotContain("plain.html", File.ReadAllText(Path.Combine(course.OutputFolder, "index.html")));

        Assert.Equal(0, course.Run("clean").ExitCode);
        Assert.Empty(Directory.Exists(course.OutputFolder)
            ? Directory.GetFiles(course.OutputFolder, "*", SearchOption.AllDirectories)
            : []);
    }

    [Fact]
    public void Two_clean_builds_in_different_folders_give_byte_identical_output()
    {
        using var first = Course();
        using var second = Course();

        Assert.Equal(0, first.Build().ExitCode);
        Assert.Equal(0, second.Build().ExitCode);

        var files = Directory.GetFiles(first.OutputFolder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(first.OutputFolder, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.GetFiles(second.OutputFolder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(second.OutputFolder, f)).Order(StringComparer.Ordinal));
        foreach (var file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(first.OutputFolder, file))
                .SequenceEqual(File.ReadAllBytes(Path.Combine(second.OutputFolder, file))), file);
        }
    }

    [Fact]
    public void Two_courses_built_in_parallel_do_not_interfere()
    {
        using var first = Course();
        using var second = Course();
        File.AppendAllText(Path.Combine(second.Directory, "slides", "plain.md"), "\nOnly in the second course.\n");
        File.Move(Path.Combine(second.Directory, "Course.csproj"), Path.Combine(second.Directory, "Second.csproj"));
        Assert.Equal(0, first.Run("new", "sln", "-n", "Both", "--format", "sln").ExitCode);
        Assert.Equal(0, first.Run("sln", "Both.sln", "add", "Course.csproj",
            Path.Combine(second.Directory, "Second.csproj")).ExitCode);

        var run = first.Run("build", "Both.sln", "-m", "--tl:off", "-nodeReuse:false");

        Assert.True(run.ExitCode == 0, run.Log);
        var firstPage = File.ReadAllText(Path.Combine(first.OutputFolder, "plain.html"));
        var secondPage = File.ReadAllText(Path.Combine(second.OutputFolder, "plain.html"));
        Assert.DoesNotContain("Only in the second course", firstPage);
        Assert.Contains("Only in the second course", secondPage);
    }

    private static CourseProject Course()
    {
        var course = new CourseProject();
        course.Write("slides/timelines/models.yml", Timeline);
        course.Write("slides/timeline.md", TimelineDeck);
        course.Write("slides/plain.md", "# Plain\n\nNo timeline here.\n");
        return course;
    }

    private static Dictionary<string, DateTime> Stamps(CourseProject course) =>
        Directory.GetFiles(course.OutputFolder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(course.OutputFolder, f).Replace('\\', '/'),
            File.GetLastWriteTimeUtc);
}
