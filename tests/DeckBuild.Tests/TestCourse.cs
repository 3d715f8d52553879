using DeckBuild.Courses;
using DeckBuild.Diagnostics;
using DeckBuild.Text;

namespace DeckBuild.Tests;

/// <summary>A course in a temporary folder, for tests that run the core on real files.</summary>
public sealed class TestCourse : IDisposable
{
    public TestCourse()
    {
        Directory = Path.Combine(Path.GetTempPath(), "deckbuild-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(SlidesFolder);
    }

    public string Directory { get; }

    public string SlidesFolder => Path.Combine(Directory, "slides");

    public string OutputFolder => Path.Combine(Directory, "out");

    /// <summary>Writes a file under the slides folder and returns its full path.</summary>
    public string Write(string relative, string content)
    {
        var path = Path.Combine(SlidesFolder, relative);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public CourseOptions Options(params string[] decks) => new()
    {
        ProjectDirectory = Directory,
        DeckRoot = SlidesFolder,
        OutputDirectory = OutputFolder,
        Decks = decks.Select(d => Path.Combine(SlidesFolder, d)).ToList(),
        Timelines = System.IO.Directory.EnumerateFiles(SlidesFolder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yml") || f.EndsWith(".yaml") || f.Contains("/timelines/") && f.EndsWith(".html"))
            .ToList(),
        RuntimeDirectory = RuntimeDirectory,
    };

    public CourseResult Build(params string[] decks) => CourseBuilder.Build(Options(decks));

    /// <summary>Writes <paramref name="deck"/> as the course's only deck, deck.md, and builds it.</summary>
    public CourseResult BuildDeck(string deck)
    {
        Write("deck.md", deck);
        return Build("deck.md");
    }

    /// <summary>Builds <paramref name="deck"/> as deck.md; returns its diagnostics, one line each.</summary>
    public IReadOnlyList<string> CheckDeck(string deck) => Lines(BuildDeck(deck));

    /// <summary>The diagnostics in MSBuild's form, with paths relative to the slides folder.</summary>
    public IReadOnlyList<string> Lines(CourseResult result) => result.Diagnostics.Sorted()
        .Select(d => d.ToString().Replace(SlidesFolder + Path.DirectorySeparatorChar, ""))
        .ToList();

    /// <summary>A stand-in runtime folder; the real one is exercised by the end-to-end tests.</summary>
    private string RuntimeDirectory
    {
        get
        {
            var runtime = Path.Combine(Directory, "runtime");
            System.IO.Directory.CreateDirectory(runtime);
            File.WriteAllText(Path.Combine(runtime, "deckbuild.css"), "/* test */");
            return runtime;
        }
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Diagnostics in MSBuild's form, sorted.</summary>
    public static IEnumerable<string> Format(DiagnosticBag bag) => bag.Sorted().Select(d => d.ToString());
}
