using System.Text;
using DeckBuild.Assets;
using DeckBuild.Code;
using DeckBuild.Decks;
using DeckBuild.Diagnostics;
using DeckBuild.Output;
using DeckBuild.Rendering;
using DeckBuild.Slides;
using DeckBuild.Text;
using DeckBuild.Timelines;

namespace DeckBuild.Courses;

/// <summary>
/// Checks and renders a whole course in memory. Every file is handled on its own, so a problem in one (even an
/// unexpected exception) is reported against that file and the others are still checked.
/// </summary>
public static class CourseBuilder
{
    public static CourseResult Build(CourseOptions options)
    {
        var bag = new DiagnosticBag();
        var paths = options.Decks.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var cache = DeckCache.Load(options.CacheFile);
        var timelines = LoadTimelines(options.Timelines, bag);
        var fingerprint = CourseFingerprint.Of(options, timelines);
        var keys = paths.Select(p => File.Exists(p) ? DeckCache.KeyOf(p, fingerprint) : "").ToArray();
        var built = new BuiltDeck?[paths.Count];
        var bags = paths.Select(_ => new DiagnosticBag()).ToArray();
        var stale = new List<int>();
        for (var i = 0; i < paths.Count; i++)
        {
            if (keys[i].Length > 0 && cache.TryGet(paths[i], keys[i], out var cached, out var diagnostics))
            {
                built[i] = cached;
                bags[i].AddRange(diagnostics);
            }
            else
            {
                stale.Add(i);
            }
        }

        // Decks are independent, so they are read in parallel; results and diagnostics are gathered in path
        // order, so the output never depends on scheduling. Roslyn starts only when a deck to check has C#: early,
        // while the decks are read, when a quick look finds a C# fence, else when a deck's blocks need it.
        var session = options.CSharp is { } csharp ? new Lazy<CodeSession>(() => CodeSession.Start(csharp)) : null;
        if (session is not null && CodeSession.AnyMayHaveCSharp(stale.Select(i => paths[i])))
        {
            _ = session.Value;
        }

        var looked = stale.Select(_ => new List<string>()).ToArray();
        DeckWorkers.Run(stale.Count, n =>
        {
            var i = stale[n];
            try
            {
                built[i] = BuildDeck(paths[i], options, timelines, session, bags[i], looked[n]);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                bags[i].Add(Diagnostic.AtFileStart(DiagnosticCatalog.InternalError, paths[i],
                    $"{e.GetType().Name}: {e.Message}"));
            }
        });

        Remember(cache, options, stale, paths, keys, built, bags, looked);
        foreach (var deckBag in bags)
        {
            bag.AddRange(deckBag.Items);
        }

        var decks = built.OfType<BuiltDeck>().ToList();
        ReportDuplicateOutputs(decks, bag);
        return new CourseResult(decks, bag) { CheckedDecks = stale.Count };
    }

    /// <summary>Stores the decks just checked; one that hit an internal error is never cached.</summary>
    private static void Remember(DeckCache cache, CourseOptions options, List<int> stale, List<string> paths,
        string[] keys, BuiltDeck?[] built, DiagnosticBag[] bags, List<string>[] looked)
    {
        if (options.CacheFile is null)
        {
            return;
        }

        for (var n = 0; n < stale.Count; n++)
        {
            var i = stale[n];
            var internalError = bags[i].Items.Any(d => d.Code == DiagnosticCatalog.InternalError.Id);
            if (built[i] is { } deck && keys[i].Length > 0 && !internalError)
            {
                cache.Put(keys[i], deck, deck.Timelines.Concat(looked[n]), bags[i].Items);
            }
        }

        cache.Keep(paths);
        try
        {
            cache.Save(options.CacheFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Without a cache the next build checks every deck again; nothing is lost.
        }
    }

    private static TimelineLibrary LoadTimelines(IEnumerable<string> paths, DiagnosticBag bag)
    {
        var library = new TimelineLibrary();
        foreach (var path in paths.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            try
            {
                if (DeckFileReader.Read(path, bag) is { } source)
                {
                    library.Add(source, bag);
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                bag.Add(Diagnostic.AtFileStart(DiagnosticCatalog.InternalError, path,
                    $"{e.GetType().Name}: {e.Message}"));
            }
        }

        return library;
    }

    private static BuiltDeck? BuildDeck(string path, CourseOptions options, TimelineLibrary timelines,
        Lazy<CodeSession>? session, DiagnosticBag bag, List<string> looked)
    {
        if (DeckFileReader.Read(path, bag) is not { } source)
        {
            return null;
        }

        var deck = DeckParser.Parse(source, options.Separators, bag);
        var slides = deck.Slides.Select(s => SlideReader.Read(deck, s, timelines, bag)).ToList();
        var checkedBlocks = CheckCode(slides, source, session, bag);
        var outputPath = OutputPathOf(path, options.DeckRoot);
        var assets = AssetResolver.Resolve(path, options.DeckRoot, slides.SelectMany(s => s.Assets), bag, looked);
        var title = deck.FrontMatter.Title
            ?? slides.Select(s => s.Heading).FirstOrDefault(h => !string.IsNullOrEmpty(h))
            ?? Path.GetFileNameWithoutExtension(path);

        var theme = Style(deck, "theme", deck.FrontMatter.Theme, RuntimeLayout.DefaultTheme,
            RuntimeLayout.ThemeFile, options, bag);
        var highlightTheme = Style(deck, "highlightTheme", deck.FrontMatter.HighlightTheme,
            RuntimeLayout.DefaultHighlightTheme, RuntimeLayout.HighlightThemeFile, options, bag);
        var html = DeckPage.Render(title, RuntimePathFrom(outputPath), theme, highlightTheme,
            RenderSlides(deck, slides), deck.FrontMatter.RevealOptionsJson ?? "{}");
        var usedTimelines = slides.SelectMany(s => s.Timelines).Select(t => t.Timeline.Path).Distinct().Order()
            .ToList();
        return new BuiltDeck(path, outputPath, title, html, slides.Count,
            assets.DistinctBy(a => a.OutputPath).ToList(), usedTimelines, checkedBlocks,
            [RuntimeLayout.ThemeFile(theme), RuntimeLayout.HighlightThemeFile(highlightTheme)]);
    }

    /// <summary>Reads the deck's C# blocks (their modifiers are checked even when compiling is off) and compiles
    /// them; Roslyn is only loaded when a deck has C# blocks.</summary>
    private static int CheckCode(IReadOnlyList<SlideDocument> slides, SourceText source,
        Lazy<CodeSession>? session, DiagnosticBag bag)
    {
        var blocks = slides.SelectMany(s => CodeBlockReader.Read(s, source, bag)).ToList();
        if (session is null || blocks.Count == 0)
        {
            return 0;
        }

        CodeChecker.Check(blocks, session.Value, bag);
        return blocks.Count(b => !b.Modifiers.NoCheck);
    }

    /// <summary>A theme named in front matter, checked against the runtime's files so a typo cannot leave the
    /// deck unstyled.</summary>
    private static string Style(Deck deck, string key, string? name, string fallback, Func<string, string> file,
        CourseOptions options, DiagnosticBag bag)
    {
        if (name is null)
        {
            return fallback;
        }

        var folder = Path.GetDirectoryName(Path.Combine(options.RuntimeDirectory, file("x")))!;
        var safe = !name.Contains('/') && !name.Contains('\\') && !name.Contains("..");
        if (safe && File.Exists(Path.Combine(options.RuntimeDirectory, file(name))))
        {
            return name;
        }

        var known = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).Select(f => Path.GetFileName(f).Split('.')[0]).Distinct().Order()
                .ToList()
            : [];
        bag.Report(DiagnosticCatalog.InvalidFrontMatterValue, deck.FrontMatter.ValueSpans[key], key, name,
            "choose one of " + string.Join(", ", known));
        return fallback;
    }

    private static string RenderSlides(Deck deck, IReadOnlyList<SlideDocument> slides)
    {
        var builder = new StringBuilder();
        foreach (var stack in deck.Stacks)
        {
            var documents = stack.Select(s => slides[s.Number - 1]).ToList();
            if (documents.Count == 1)
            {
                builder.Append(SlideRenderer.Render(documents[0]));
                continue;
            }

            builder.Append("<section>\n");
            foreach (var document in documents)
            {
                builder.Append(SlideRenderer.Render(document));
            }

            builder.Append("</section>\n");
        }

        return builder.ToString();
    }

    /// <summary>The page's path in the output: its path under the slides folder, or just its name when it lies
    /// elsewhere.</summary>
    public static string OutputPathOf(string deckPath, string deckRoot)
    {
        var relative = PathContainment.RelativeInside(deckRoot, deckPath) ?? Path.GetFileName(deckPath);
        return Path.ChangeExtension(relative, ".html").Replace('\\', '/');
    }

    private static string RuntimePathFrom(string outputPath)
    {
        var depth = outputPath.Count(c => c == '/');
        return string.Concat(Enumerable.Repeat("../", depth)) + RuntimeLayout.Folder;
    }

    private static void ReportDuplicateOutputs(IEnumerable<BuiltDeck> decks, DiagnosticBag bag)
    {
        var clashes = decks.GroupBy(d => d.OutputPath, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1);
        foreach (var group in clashes)
        {
            var first = group.First();
            foreach (var other in group.Skip(1))
            {
                bag.Add(Diagnostic.AtFileStart(DiagnosticCatalog.DuplicateOutput, other.SourcePath,
                    first.SourcePath, other.OutputPath));
            }
        }
    }
}
