using System.Diagnostics;
using System.Text;
using DeckBuild.Courses;

namespace DeckBuild.Benchmarks;

/// <summary>
/// Large inputs a user would call reasonable, each built at size n and 2n: the time ratio shows whether the
/// work grows linearly (about 2) or worse. Deep nesting must also not overflow the stack.
/// </summary>
public static class SizeLimits
{
    private const string Slide = "## Slide\n\nText with $x^2$ and <span class=\"fragment\">a step</span>.\n\n---\n";

    public static IReadOnlyDictionary<string, Func<int, string>> Inputs { get; } =
        new Dictionary<string, Func<int, string>>
    {
        ["slides (n = 2,500)"] = n => Repeat(n, Slide),
        ["nested divs (n = 500)"] = n => "# Deep\n\n" + Repeat(n, "<div>") + "x" + Repeat(n, "</div>") + "\n",
        ["nested quotes (n = 500)"] = n => "# Deep\n\n" + new string('>', n) + " quoted\n",
        ["nested lists (n = 500)"] = n => "# Deep\n\n" + string.Concat(Enumerable.Range(0, n)
            .Select(i => new string(' ', 2 * i) + "- item\n")),
        ["one long line (n = 50,000 chars)"] = n => "# Long\n\n" + Repeat(n / 10, "word word ") + "\n",
    };

    public static void Run()
    {
        Console.WriteLine("Size limits: time at n and 2n (ratio about 2 means linear)");
        var sizes = new[] { 2500, 500, 500, 500, 50_000 };
        var index = 0;
        foreach (var (name, make) in Inputs)
        {
            var n = sizes[index++];
            var small = Time(make(n));
            var large = Time(make(2 * n));
            Console.WriteLine($"  {name}: {small:F0} ms, 2n {large:F0} ms -> ratio {large / small:F2}");
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
