using System.Text;
using DeckBuild.Courses;
using DeckBuild.Diagnostics;
using DeckBuild.Rendering;

namespace DeckBuild.Output;

/// <summary>
/// Writes a checked course into the output folder: the decks, the index, the assets they use and the runtime.
/// Nothing outside the output folder is ever written.
/// </summary>
public static class CourseWriter
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>Writes everything and returns every file that belongs to the output, written or already right.
    /// </summary>
    public static IReadOnlyList<string> Write(CourseResult course, CourseOptions options, DiagnosticBag bag)
    {
        var files = new List<string>();
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.OutputDirectory));
        foreach (var deck in course.Decks)
        {
            Put(output, deck.OutputPath, Utf8.GetBytes(deck.Html), deck.SourcePath, files, bag);
            foreach (var asset in deck.Assets)
            {
                Copy(asset.SourcePath, output, asset.OutputPath, deck.SourcePath, files, bag);
            }
        }

        var index = IndexPage.Render(options.CourseTitle,
            course.Decks.Select(d => new IndexPage.Entry(d.Title, RelativeUrl.Of(d.OutputPath), d.SlideCount)));
        Put(output, "index.html", Utf8.GetBytes(index), options.ProjectDirectory, files, bag);
        var themes = course.Decks.SelectMany(d => d.RuntimeFiles).ToHashSet(StringComparer.Ordinal);
        CopyRuntime(options.RuntimeDirectory, themes, output, files, bag);
        return files.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Deletes what an earlier build wrote and this one did not (a deleted deck's page, an asset no
    /// longer used), never anything outside the output folder.</summary>
    public static void RemoveStale(IEnumerable<string> previous, IReadOnlyList<string> current, string outputDirectory)
    {
        var keep = current.ToHashSet(StringComparer.Ordinal);
        foreach (var file in previous.Select(Path.GetFullPath).Where(f => !keep.Contains(f)))
        {
            if (PathContainment.RelativeInside(outputDirectory, file) is not null && File.Exists(file))
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>Removes the deck pages of a failed build, so no later build can take them as up to date.</summary>
    public static void RemoveDecks(CourseOptions options)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.OutputDirectory));
        foreach (var deck in options.Decks)
        {
            var page = Path.Combine(output, CourseBuilder.OutputPathOf(deck, options.DeckRoot));
            if (File.Exists(page))
            {
                File.Delete(page);
            }
        }
    }

    /// <summary>Copies the runtime, of the reveal.js themes and highlight.js styles only those decks use.
    /// </summary>
    private static void CopyRuntime(string runtime, IReadOnlySet<string> themes, string output, List<string> files,
        DiagnosticBag bag)
    {
        var all = Directory.EnumerateFiles(runtime, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        foreach (var file in all)
        {
            var relative = Path.GetRelativePath(runtime, file).Replace('\\', '/');
            var folder = Path.GetDirectoryName(relative)?.Replace('\\', '/');
            var isTheme = folder is RuntimeLayout.ThemeFolder or RuntimeLayout.HighlightThemeFolder;
            if (!isTheme || themes.Contains(relative))
            {
                Copy(file, output, $"{RuntimeLayout.Folder}/{relative}", file, files, bag);
            }
        }
    }

    private static void Copy(string source, string output, string relative, string reportAt, List<string> files,
        DiagnosticBag bag) => Guard(output, relative, reportAt, files, bag, target => AtomicFile.Copy(source, target));

    private static void Put(string output, string relative, byte[] content, string reportAt, List<string> files,
        DiagnosticBag bag) =>
        Guard(output, relative, reportAt, files, bag, target => AtomicFile.Write(target, content));

    private static void Guard(string output, string relative, string reportAt, List<string> files, DiagnosticBag bag,
        Func<string, bool> write)
    {
        var target = Path.GetFullPath(Path.Combine(output, relative));
        if (PathContainment.RelativeInside(output, target) is null)
        {
            bag.Add(Diagnostic.AtFileStart(DiagnosticCatalog.OutputNotWritable, reportAt, target,
                "it lies outside the output folder"));
            return;
        }

        try
        {
            write(target);
            files.Add(target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Add(Diagnostic.AtFileStart(DiagnosticCatalog.OutputNotWritable, reportAt, target,
                e.Message));
        }
    }
}
