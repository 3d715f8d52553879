using System.Reflection;
using DeckBuild.Courses;
using DeckBuild.Decks;
using DeckBuild.Diagnostics;
using DeckBuild.Output;
using DeckBuild.Slides;
using DeckBuild.Text;
using DeckBuild.Timelines;

namespace DeckBuild.Browser.Tests;

/// <summary>
/// The sample course and the seed deck, built with the real runtime into a temporary folder, together with what
/// DeckBuild's own model says each slide holds (slides, notes, step plan, timeline steps).
/// </summary>
public sealed class BuiltDecks : IDisposable
{
    public BuiltDecks()
    {
        Root = Path.Combine(Path.GetTempPath(), "deckbuild-browser", Guid.NewGuid().ToString("N")[..12]);
        Build("sample", "samples/AttentionCourse/slides", "samples/AttentionCourse/slides/timelines", "*.yml");
        Build("seed", "seeds", "seeds/timelines", "*.html");
    }

    public string Root { get; }

    public static string RepositoryRoot => Metadata("RepositoryRoot").TrimEnd('/', '\\');

    public IDictionary<string, DeckModel> Decks { get; } = new Dictionary<string, DeckModel>();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private void Build(string name, string deckRoot, string timelineFolder, string pattern)
    {
        var options = new CourseOptions
        {
            ProjectDirectory = RepositoryRoot,
            DeckRoot = Path.Combine(RepositoryRoot, deckRoot),
            OutputDirectory = Path.Combine(Root, name),
            Decks = Directory.GetFiles(Path.Combine(RepositoryRoot, deckRoot), "*.md"),
            Timelines = Directory.GetFiles(Path.Combine(RepositoryRoot, timelineFolder), pattern),
            RuntimeDirectory = Metadata("DeckBuildRuntime"),
        };
        var course = CourseBuilder.Build(options);
        if (course.Diagnostics.HasErrors)
        {
            throw new InvalidOperationException(string.Join('\n', course.Diagnostics.Items));
        }

        CourseWriter.Write(course, options, new DiagnosticBag());
        var library = new TimelineLibrary();
        foreach (var timeline in options.Timelines)
        {
            library.Add(new SourceText(timeline, File.ReadAllText(timeline)), new DiagnosticBag());
        }

        foreach (var deck in course.Decks)
        {
            var source = new SourceText(deck.SourcePath, File.ReadAllText(deck.SourcePath));
            var parsed = DeckParser.Parse(source, SlideSeparators.Default, new DiagnosticBag());
            var slides = parsed.Slides.Select(s => SlideReader.Read(parsed, s, library, new DiagnosticBag())).ToList();
            var page = Path.Combine(options.OutputDirectory, deck.OutputPath);
            Decks[$"{name}/{Path.GetFileNameWithoutExtension(deck.OutputPath)}"] =
                new DeckModel(page, options.OutputDirectory, slides, Missing(deck.SourcePath, page, slides, course));
        }
    }

    /// <summary>The assets a deck loads that do not exist, each checked to have been reported as DECK501; the
    /// browser may fail to load those, and only those.</summary>
    private static IReadOnlyList<string> Missing(string deckPath, string page, IEnumerable<SlideDocument> slides,
        CourseResult course)
    {
        var missing = slides.SelectMany(s => s.Assets)
            .Where(a => !File.Exists(Path.Combine(Path.GetDirectoryName(deckPath)!, a.FilePath)))
            .ToList();
        foreach (var asset in missing)
        {
            var position = asset.Span.StartPosition;
            Assert.Contains(course.Diagnostics.Items, d => d.Code == "DECK501" && d.Path == deckPath &&
                d.Start == position);
        }

        return missing.Select(a => new Uri(Path.Combine(Path.GetDirectoryName(page)!, a.FilePath)).AbsoluteUri)
            .ToList();
    }

    private static string Metadata(string key) => typeof(BuiltDecks).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == key).Value!;
}

/// <summary>One built deck: its page, its output folder, DeckBuild's model of its slides and the URLs of the
/// assets DeckBuild reported missing.</summary>
public sealed record DeckModel(string Page, string OutputFolder, IReadOnlyList<SlideDocument> Slides,
    IReadOnlyList<string> ReportedMissing)
{
    /// <summary>The timeline events each step shows, as "year name", for slides with timelines.</summary>
    public static IReadOnlyList<string[]> TimelineSteps(SlideDocument slide)
    {
        var steps = new List<string[]>();
        foreach (var step in slide.Steps.Steps)
        {
            var reached = step[0].Index ?? int.MaxValue;
            steps.Add(slide.Timelines
                .SelectMany(t => t.VisibleEvents.Where(e => t.Steps.TryGetValue(e, out var s) && s.Index <= reached))
                .Select(e => $"{e.Year} {e.Name}")
                .Order(StringComparer.Ordinal)
                .ToArray());
        }

        return steps;
    }
}
