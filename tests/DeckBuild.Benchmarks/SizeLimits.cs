using System.Diagnostics;
using DeckBuild.Courses;
using DeckBuild.Testing;

namespace DeckBuild.Benchmarks;

/// <summary>
/// Large inputs a user would call reasonable, each built at size n and 2n. Time grows as (input size)^k, and k,
/// computed from the two runs, is about 1 when the work grows linearly with the input. (A list nested n deep is
/// about n² characters long, since every level is indented further.) Deep nesting must also not overflow the stack.
/// </summary>
public static class SizeLimits
{
    private static readonly string DeepDivs = "# Deep\n\n" + LimitDecks.NestedDivs(1000) + "\n---\n";

    private static readonly string DeepQuote = "# Deep\n\n" + LimitDecks.NestedQuotes(1000) + "\n---\n";

    /// <summary>Each input by name, with the n it is first built at. Nesting is capped at 1,100 levels (DECK106,
    /// DECK115), so divs and quotes grow by slides that each nest 1,000 deep; a list grows by its depth.</summary>
    public static IReadOnlyList<(string Name, int N, Func<int, string> Make)> Inputs { get; } =
    [
        ("slides (n = 3,600; 2n is a 10 MB deck)", 3600, LimitDecks.Slides),
        ("slides of 1,000 nested divs (n = 25)", 25, n => LimitDecks.Repeat(n, DeepDivs)),
        ("slides of 1,000 nested quotes (n = 25)", 25, n => LimitDecks.Repeat(n, DeepQuote)),
        ("list nested n deep (n = 500)", 500, n => "# Deep\n\n" + LimitDecks.NestedList(n)),
        ("loose list nested n deep (n = 500)", 500, n => "# Deep\n\n" + LimitDecks.NestedList(n, loose: true)),
        ("one long line (n = 50,000 chars)", 50_000, n => "# Long\n\n" + LimitDecks.LongLine(n)),
        ("line of unclosed links (n = 50,000 chars)", 50_000, n => "# Links\n\n" + LimitDecks.UnclosedLinks(n)),
        ("line of placeholder starts (n = 50,000 chars)", 50_000,
            n => "# Braces\n\n" + LimitDecks.PlaceholderStarts(n)),
        ("one slide of n timelines (n = 5,000)", 5000, n => "# Many\n\n" + LimitDecks.Repeat(n,
            "<div class=\"timeline\" style=\"--start-year: 2013; --end-year: 2023;\">{{TIMELINE:nope}}</div>\n\n")),
        ("HTML block of n list items (n = 20,000)", 20_000,
            n => "# Many\n\n<ul>\n" + LimitDecks.Repeat(n, "<li><b>a</b>\n") + "</ul>\n"),
        ("paragraph of n element comments (n = 20,000)", 20_000,
            n => "# Many\n\n" + LimitDecks.Repeat(n, "word <!-- .element: class=\"fragment\" --> ") + "\n"),
    ];

    public static void Run()
    {
        Console.WriteLine("Size limits: time at n and 2n; time grows as size^k, k about 1 means linear");
        foreach (var (name, n, make) in Inputs)
        {
            var (small, large) = (make(n), make(2 * n));
            var (smallTime, largeTime) = (Time(small), Time(large));
            var k = Math.Log(largeTime / smallTime) / Math.Log((double)large.Length / small.Length);
            Console.WriteLine($"  {name}: {small.Length:N0} chars {smallTime:F0} ms, " +
                $"2n {large.Length:N0} chars {largeTime:F0} ms -> k = {k:F2}");
        }
    }

    private static double Time(string deck)
    {
        using var course = new TempCourse("limits");
        course.Write("slides/deck.md", deck);
        var options = new CourseOptions
        {
            ProjectDirectory = course.Directory,
            DeckRoot = Path.Combine(course.Directory, "slides"),
            OutputDirectory = Path.Combine(course.Directory, "out"),
            Decks = [Path.Combine(course.Directory, "slides", "deck.md")],
            Timelines = [],
            RuntimeDirectory = Path.Combine(Path.GetDirectoryName(Paths.TaskAssembly)!, "runtime"),
        };
        CourseBuilder.Build(options);

        // The fastest run, the least disturbed by the garbage collector and the other core's work: at least five
        // runs and a second in all, so that inputs built in milliseconds are timed as reliably as large ones.
        var fastest = double.MaxValue;
        var total = Stopwatch.StartNew();
        for (var run = 0; run < 5 || total.ElapsedMilliseconds < 1000; run++)
        {
            GC.Collect();
            var clock = Stopwatch.StartNew();
            CourseBuilder.Build(options);
            fastest = Math.Min(fastest, clock.Elapsed.TotalMilliseconds);
        }

        return fastest;
    }
}
