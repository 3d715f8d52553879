using DeckBuild.Code;
using DeckBuild.Courses;
using DeckBuild.Diagnostics;
using DeckBuild.Testing;

namespace DeckBuild.Tests.Fuzz;

/// <summary>
/// Damaged decks and timelines never crash DeckBuild: every input builds to diagnostics that point inside the
/// file. A short run is part of the tests; <c>DECKBUILD_FUZZ_INPUTS=10000</c> runs a long one (see README), and
/// <c>DECKBUILD_FUZZ_FIRST=n</c> starts at input n, so <c>DECKBUILD_FUZZ_INPUTS=1</c> replays one failure.
/// </summary>
public sealed class FuzzTests
{
    private const int ShortRun = 250;

    [Fact]
    public void Mutated_decks_and_timelines_give_diagnostics_inside_the_file_and_never_an_internal_error()
    {
        var requested = Environment.GetEnvironmentVariable("DECKBUILD_FUZZ_INPUTS");
        var inputs = int.TryParse(requested, out var n) ? n : ShortRun;
        Assert.True(inputs > 0, "DECKBUILD_FUZZ_INPUTS must be at least 1");
        var seeds = Seeds();
        var timelineYaml = File.ReadAllBytes(RepositoryPaths.Of(
            "samples/AttentionCourse/slides/timelines/timeline_deep_software.yml"));
        var timelineHtml = File.ReadAllBytes(RepositoryPaths.Of("seeds/timelines/timeline_deep_training.html"));
        var failures = new List<string>();
        var diagnostics = 0;

        var first = int.TryParse(Environment.GetEnvironmentVariable("DECKBUILD_FUZZ_FIRST"), out var f) ? f : 0;
        using var course = new TestCourse();
        for (var i = first; i < first + inputs && failures.Count < 5; i++)
        {
            var mutator = new Mutator(i);
            var seed = seeds[i % seeds.Count];
            File.WriteAllBytes(Path.Combine(course.SlidesFolder, "deck.md"), mutator.Mutate(seed));
            Directory.CreateDirectory(Path.Combine(course.SlidesFolder, "timelines"));
            File.WriteAllBytes(Path.Combine(course.SlidesFolder, "timelines", "timeline_deep_software.yml"),
                i % 3 == 0 ? mutator.Mutate(timelineYaml) : timelineYaml);
            File.WriteAllBytes(Path.Combine(course.SlidesFolder, "timelines", "timeline_deep_training.html"),
                i % 5 == 0 ? mutator.Mutate(timelineHtml) : timelineHtml);

            var options = course.Options("deck.md") with { CSharp = i % 10 == 0 ? CSharp : null };
            try
            {
                var result = CourseBuilder.Build(options);
                diagnostics += result.Diagnostics.Items.Count;
                failures.AddRange(Problems(result.Diagnostics, i));
            }
            catch (Exception e)
            {
                failures.Add($"input {i}: {e}");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Console.WriteLine($"fuzz: {inputs} inputs, {diagnostics} diagnostics, 0 crashes");
    }

    private static readonly CSharpOptions CSharp = new()
    {
        References = FrameworkReferences.Paths,
        Usings = [new UsingDirective("System")],
    };

    private static List<byte[]> Seeds()
    {
        var files = Directory.GetFiles(RepositoryPaths.Of("samples/AttentionCourse/slides"), "*.md")
            .Append(RepositoryPaths.Of("seeds/attention-and-transformers.md"))
            .Concat(Directory.GetFiles(RepositoryPaths.Of("tests/DeckBuild.Tests/Fuzz/corpus"), "*.md")
                .Where(f => !f.EndsWith("SOURCES.md", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal);
        return files.Select(File.ReadAllBytes).ToList();
    }

    /// <summary>An internal error, or a position outside the file it names.</summary>
    private static IEnumerable<string> Problems(DiagnosticBag bag, int input)
    {
        foreach (var d in bag.Items)
        {
            if (d.Code == DiagnosticCatalog.InternalError.Id)
            {
                yield return $"input {input}: {d}";
                continue;
            }

            var lines = File.Exists(d.Path) ? LineCount(d.Path) : 0;
            if (d.Start.Line < 1 || d.Start.Column < 1 || d.Start.Line > lines || d.End.Line > lines)
            {
                yield return $"input {input}: position outside the file ({lines} lines): {d}";
            }
        }
    }

    private static int LineCount(string path)
    {
        var source = DeckFileReader.Read(path, new DiagnosticBag());
        return source?.LineCount ?? 0;
    }
}
