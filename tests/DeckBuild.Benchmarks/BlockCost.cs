using DeckBuild.Testing;
using System.Diagnostics;
using DeckBuild.Code;
using DeckBuild.Courses;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DeckBuild.Benchmarks;

/// <summary>
/// The cost per C# block of DeckBuild (reading, checking and rendering a whole deck) against bare Roslyn
/// compiling the same blocks as the same chain of script submissions with the same references, in this process.
/// </summary>
public static class BlockCost
{
    private static readonly string[] Usings = ["System", "System.Linq", "System.Collections.Generic"];

    public static void Run(int decks, int blocksPerDeck)
    {
        using var course = new TempCourse("blocks");
        for (var i = 0; i < decks; i++)
        {
            course.Write($"slides/deck{i:D3}.md", GeneratedCourse.Deck(i, blocksPerDeck));
        }

        var references = FrameworkReferences.Paths;
        var metadata = references.Select(ReferenceCache.Get).ToList();
        var options = Options(course, references);

        Measure(0, 5, i => DeckBuild(options, course, i));
        Measure(0, 5, i => Bare(metadata, i, blocksPerDeck));
        // Interleaved deck by deck, so drift in the machine's speed affects both sides alike.
        var deckBuildTimes = new List<double>();
        var bareTimes = new List<double>();
        for (var i = 0; i < decks; i++)
        {
            deckBuildTimes.Add(Time(() => DeckBuild(options, course, i)));
            bareTimes.Add(Time(() => Bare(metadata, i, blocksPerDeck)));
        }

        var deckBuild = Dotnet.Median(deckBuildTimes) / blocksPerDeck;
        var bare = Dotnet.Median(bareTimes) / blocksPerDeck;
        var withoutCode = Measure(0, decks, i => DeckBuild(options with { CSharp = null }, course, i)) / blocksPerDeck;

        Console.WriteLine($"Cost per C# block, {decks} decks x {blocksPerDeck} blocks (median per deck / blocks)");
        Console.WriteLine($"  DeckBuild: {deckBuild:F2} ms, bare Roslyn: {bare:F2} ms -> ratio {deckBuild / bare:F2}");
        Console.WriteLine($"  of which reading, checking and rendering the Markdown: {withoutCode:F2} ms");
    }

    private static double Measure(int from, int count, Action<int> work) =>
        Dotnet.Median(Enumerable.Range(from, count).Select(i => Time(() => work(i))));

    private static double Time(Action work)
    {
        var clock = Stopwatch.StartNew();
        work();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static void DeckBuild(CourseOptions options, TempCourse course, int deck)
    {
        var result = CourseBuilder.Build(options with
        {
            Decks = [Path.Combine(course.Directory, "slides", $"deck{deck:D3}.md")],
        });
        if (result.Diagnostics.HasErrors)
        {
            throw new InvalidOperationException(string.Join('\n', result.Diagnostics.Items));
        }
    }

    private static void Bare(IReadOnlyList<MetadataReference> references, int deck, int count)
    {
        var parse = new CSharpParseOptions(kind: SourceCodeKind.Script);
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, concurrentBuild: false);
        var prelude = string.Join('\n', Usings.Select(u => $"using {u};"));
        var previous = CSharpCompilation.CreateScriptCompilation("Bare0",
            CSharpSyntaxTree.ParseText(prelude, parse), references, options);
        previous.GetDiagnostics();
        var n = 1;
        foreach (var block in GeneratedCourse.Blocks(deck, count))
        {
            var tree = CSharpSyntaxTree.ParseText(block, parse);
            var submission = CSharpCompilation.CreateScriptCompilation($"Bare{n++}", tree, references, options,
                previous);
            if (submission.GetSemanticModel(tree).GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                throw new InvalidOperationException("The generated block does not compile: " + block);
            }

            previous = submission;
        }
    }

    private static CourseOptions Options(TempCourse course, IReadOnlyList<string> references) => new()
    {
        ProjectDirectory = course.Directory,
        DeckRoot = Path.Combine(course.Directory, "slides"),
        OutputDirectory = Path.Combine(course.Directory, "out"),
        Decks = [],
        Timelines = [],
        RuntimeDirectory = Path.Combine(Path.GetDirectoryName(Paths.TaskAssembly)!, "runtime"),
        CSharp = new CSharpOptions
        {
            References = references,
            Usings = Usings.Select(u => new UsingDirective(u)).ToList(),
        },
    };
}
