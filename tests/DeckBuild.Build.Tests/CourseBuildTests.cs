namespace DeckBuild.Build.Tests;

/// <summary>A course project built with 'dotnet build': what it writes and what it reports.</summary>
public sealed class CourseBuildTests
{
    private const string Timeline = """
        - year: 2016
          name: AlphaGo
        - year: 2017
          name: PyTorch
          author: Paszke, A. et al.
        """;

    private const string GoodDeck = """
        # Software

        ---

        ## Frameworks

        <div class="timeline" style="--start-year: 2015; --end-year: 2018;" data-timeline-fragments-select="2017:0">
            {{TIMELINE:software}}
        </div>
        """;

    [Fact]
    public void A_course_builds_one_page_per_deck_with_an_index_and_the_runtime()
    {
        using var course = new CourseProject();
        course.Write("slides/timelines/software.yml", Timeline);
        course.Write("slides/intro.md", GoodDeck);
        course.Write("slides/part2/more.md", "# More\n\n$e^{i\\pi} + 1 = 0$\n");

        var run = course.Build();

        Assert.True(run.ExitCode == 0, run.Log);
        Assert.Empty(run.Diagnostics);
        Assert.Contains("DeckBuild: 2 decks, 3 slides, 0 code blocks, 0 errors, 0 warnings", run.Log);
        var page = File.ReadAllText(Path.Combine(course.OutputFolder, "intro.html"));
        Assert.Contains("<div class=\"timeline-dot fragment custom select\" style=\"--year: 2017;\" " +
            "data-fragment-index=\"0\"></div>", page);
        Assert.Contains("<script src=\"../_deckbuild/reveal/reveal.js\"></script>",
            File.ReadAllText(Path.Combine(course.OutputFolder, "part2", "more.html")));
        Assert.Contains("<a href=\"part2/more.html\">More</a>",
            File.ReadAllText(Path.Combine(course.OutputFolder, "index.html")));
        foreach (var runtimeFile in new[] { "reveal/reveal.js", "katex/katex.min.js", "deckbuild.css" })
        {
            Assert.True(File.Exists(Path.Combine(course.OutputFolder, "_deckbuild", runtimeFile)), runtimeFile);
        }
    }

    [Fact]
    public void Each_problem_is_reported_at_its_file_line_and_column_and_no_deck_is_written()
    {
        using var course = new CourseProject();
        course.Write("slides/timelines/software.yml", Timeline + "\n- year: 2018\n  nme: GPT-1\n");
        course.Write("slides/broken.md", """
            # Broken

            <div class="timeline" style="--start-year: 2015; --end-year: 2018;"
                 data-timeline-fragments-select="2017:0,2019:1,2016:x">
                {{TIMELINE:sofware}}
            </div>

            ---

            <div class="timeline" style="--start-year: 2015; --end-year: 2018;"
                 data-timeline-fragments-select="2017:0,2019:1,2016:x">
                {{TIMELINE:software}}
            </div>

            <p class="fragment" data-fragment-index="-1">Step</p>
            <img src="missing.png">
            """);

        var run = course.Build();

        Assert.NotEqual(0, run.ExitCode);
        Assert.Equal(
        [
            "slides/broken.md(5,16): error DECK301: There is no timeline named 'sofware'. Did you mean " +
                "'software'? Timelines are the DeckTimeline files, each named after its file.",
            "slides/broken.md(11,45): error DECK305: Timeline 'software' has no event in 2019; its events " +
                "are at 2016, 2017.",
            "slides/broken.md(11,57): error DECK306: 'x' is not a fragment index; use a whole number from 0 " +
                "up, as in \"2016:0\".",
            "slides/broken.md(15,42): error DECK401: data-fragment-index=\"-1\" is not a whole number from 0 " +
                "up; reveal.js would ignore it.",
            "slides/broken.md(16,11): warning DECK501: 'missing.png' does not exist (looked for " +
                "slides/missing.png); the slide would show a broken image. Add the file or fix the path.",
            "slides/timelines/software.yml(6,3): error DECK203: This timeline event has no 'name'. Every event " +
                "needs a year and a name.",
            "slides/timelines/software.yml(7,3): error DECK202: Unknown key 'nme' in a timeline event. " +
                "Allowed keys: year, name, author, position.",
        ], run.Diagnostics);
        Assert.False(File.Exists(Path.Combine(course.OutputFolder, "broken.html")));
        Assert.Contains("(no decks written)", run.Log);
    }

    [Fact]
    public void A_failed_build_removes_the_old_deck_so_the_next_build_fails_again()
    {
        using var course = new CourseProject();
        course.Write("slides/timelines/software.yml", Timeline);
        var deck = course.Write("slides/intro.md", GoodDeck);
        Assert.Equal(0, course.Build().ExitCode);
        Assert.True(File.Exists(Path.Combine(course.OutputFolder, "intro.html")));

        File.WriteAllText(deck, GoodDeck.Replace("2017:0", "2030:0"));
        var failed = course.Build();
        var again = course.Build();

        Assert.NotEqual(0, failed.ExitCode);
        Assert.False(File.Exists(Path.Combine(course.OutputFolder, "intro.html")));
        Assert.NotEqual(0, again.ExitCode);
        Assert.Contains(again.Diagnostics, d => d.Contains("error DECK305", StringComparison.Ordinal));
    }

    [Fact]
    public void DeckBuildSkip_turns_DeckBuild_off()
    {
        using var course = new CourseProject();
        course.Write("slides/intro.md", "# Intro\n\n{{TIMELINE:none}}\n");

        var run = course.Build("-p:DeckBuildSkip=true");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Diagnostics);
        Assert.False(System.IO.Directory.Exists(course.OutputFolder));
    }

    [Fact]
    public void The_seed_deck_builds_unchanged_from_the_html_template_timelines()
    {
        using var course = new CourseProject();
        course.CopyFromRepository("seeds/attention-and-transformers.md", "slides/06-attention.md");
        foreach (var file in System.IO.Directory.EnumerateFiles(Path.Combine(CourseProject.RepositoryRoot, "seeds",
                     "timelines")))
        {
            course.CopyFromRepository(Path.Combine("seeds", "timelines", Path.GetFileName(file)),
                Path.Combine("slides", "templates", "timelines", Path.GetFileName(file)));
        }

        var run = course.Build();

        Assert.True(run.ExitCode == 0, run.Log);
        Assert.Equal(
        [
            "slides/06-attention.md(114,1): warning DECK110: <div> is never closed in this slide; DeckBuild " +
                "closes it at the end of the slide. Add '</div>' where the element should end.",
            "slides/06-attention.md(162,15): warning DECK501: 'assets/images/01-history/attention.png' does " +
                "not exist (looked for slides/assets/images/01-history/attention.png); the slide would show a " +
                "broken image. Add the file or fix the path.",
            "slides/06-attention.md(163,28): warning DECK402: <div> has data-fragment-index=\"1\" but no " +
                "class \"fragment\", so the index does nothing. Add class=\"fragment\" or remove the attribute.",
        ], run.Diagnostics);
        Assert.True(File.Exists(Path.Combine(course.OutputFolder, "06-attention.html")));
    }
}
