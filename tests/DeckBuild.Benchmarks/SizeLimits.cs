using System.Diagnostics;
using System.Text;
using DeckBuild.Courses;

namespace DeckBuild.Benchmarks;

/// <summary>
/// Large inputs a user would call reasonable, each built at size n and 2n. Time grows as (input size)^k, and k,
/// computed from the two runs, is about 1 when the work grows linearly with the input. (A list nested n deep is
/// about n² characters long, since every level is indented further.) Deep nesting must also not overflow the stack.
/// </summary>
public static class SizeLimits
{
    // About 1.4 KB, so 2n = 7,200 slides make a 10 MB deck.
    private static readonly string Slide = "## Slide\n\n" +
        Repeat(20, "Text with $x^2$, **bold** and <span class=\"fragment\">steps</span>. ") +
        "\n\n- a\n- b\n\n```csharp\nvar x = 1;\n```\n\n---\n";

    public static IReadOnlyDictionary<string, Func<int, string>> Inputs { get; } =
        new Dictionary<string, Func<int, string>>
    {
        ["slides (n = 3,600)"] = n => Repeat(n, Slide),
        ["nested divs (n = 550)"] = n => "# Deep\n\n" + Repeat(n, "<div>") + "x" + Repeat(n, "</div>") + "\n",
        ["nested quotes (n = 500)"] = n => "# Deep\n\n" + new string('>', n) + " quoted\n",
        ["nested lists (n = 500)"] = n => "# Deep\n\n" + string.Concat(Enumerable.Range(0, n)
            .Select(i => new string(' ', 2 * i) + "- item\n")),
        ["nested loose lists (n = 500)"] = n => "# Deep\n\n" + string.Concat(Enumerable.Range(0, n)
            .Select(i => new string(' ', 2 * i) + "- item\n\n")),
        ["one long line (n = 50,000 chars)"] = n => "# Long\n\n" + Repeat(n / 10, "word word ") + "\n",
        ["line of unclosed links (n = 50,000 chars)"] = n => "# Links\n\n" + Repeat(n / 4, "[a](") + "\n",
        ["line of placeholder starts (n = 50,000 chars)"] = n => "# Braces\n\n" + Repeat(n / 11, "{{TIMELINE:") + "\n",
    };

    public static void Run()
    {
        Console.WriteLine("Size limits: time at n and 2n; time grows as size^k, k about 1 means linear");
        var sizes = new[] { 3600, 550, 500, 500, 500, 50_000, 50_000, 50_000 };
        var index = 0;
        foreach (var (name, make) in Inputs)
        {
            var n = sizes[index++];
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

        // The fastest of three runs: the least disturbed by the garbage collector and the other core's work.
        return Enumerable.Range(0, 3).Min(_ =>
        {
            GC.Collect();
            var clock = Stopwatch.StartNew();
            CourseBuilder.Build(options);
            return clock.Elapsed.TotalMilliseconds;
        });
    }

    private static string Repeat(int count, string text) =>
        new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
