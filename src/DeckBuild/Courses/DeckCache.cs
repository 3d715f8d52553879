using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DeckBuild.Code;
using DeckBuild.Diagnostics;
using DeckBuild.Output;
using DeckBuild.Text;

namespace DeckBuild.Courses;

/// <summary>
/// What the last build made of each deck, kept in the project's obj folder, so a build checks again only the
/// decks whose inputs changed: the deck file, the timelines and assets it used, and the course-wide settings.
/// A deck taken from the cache gives the same page and the same diagnostics as checking it again would.
/// </summary>
public sealed class DeckCache
{
    private const int FormatVersion = 1;

    private readonly Dictionary<string, Entry> entries;

    private DeckCache(Dictionary<string, Entry> entries) => this.entries = entries;

    /// <summary>One deck's result and what it depended on.</summary>
    public sealed record Entry(string Key, IReadOnlyList<Dependency> Dependencies, BuiltDeck Deck,
        IReadOnlyList<CachedDiagnostic> Diagnostics);

    /// <summary>A file the result depended on, with a stamp that changes when the file does.</summary>
    public sealed record Dependency(string Path, string Stamp);

    public sealed record CachedDiagnostic(string Code, DiagnosticSeverity Severity, string Message, string Path,
        int StartLine, int StartColumn, int EndLine, int EndColumn);

    /// <summary>Reads the cache; a missing, damaged or older file is an empty cache, never an error.</summary>
    public static DeckCache Load(string? path)
    {
        try
        {
            if (path is not null && File.Exists(path) &&
                JsonSerializer.Deserialize<Stored>(File.ReadAllBytes(path)) is { Version: FormatVersion } stored)
            {
                return new DeckCache(stored.Entries.ToDictionary(e => e.Deck.SourcePath, StringComparer.Ordinal));
            }
        }
        catch (Exception e) when (e is JsonException or IOException or NotSupportedException)
        {
        }

        return new DeckCache(new Dictionary<string, Entry>(StringComparer.Ordinal));
    }

    /// <summary>The deck's cached result, when its key matches and none of its dependencies changed.</summary>
    public bool TryGet(string deckPath, string key, out BuiltDeck deck, out IReadOnlyList<Diagnostic> diagnostics)
    {
        (deck, diagnostics) = (null!, []);
        if (!entries.TryGetValue(deckPath, out var entry) || entry.Key != key ||
            entry.Dependencies.Any(d => StampOf(d.Path) != d.Stamp))
        {
            return false;
        }

        deck = entry.Deck;
        diagnostics = entry.Diagnostics.Select(Restore).ToList();
        return true;
    }

    public void Put(string key, BuiltDeck deck, IEnumerable<string> dependencies, IEnumerable<Diagnostic> found) =>
        entries[deck.SourcePath] = new Entry(key,
            dependencies.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
                .Select(d => new Dependency(d, StampOf(d))).ToList(),
            deck,
            found.Select(d => new CachedDiagnostic(d.Code, d.Severity, d.Message, d.Path, d.Start.Line,
                d.Start.Column, d.End.Line, d.End.Column)).ToList());

    /// <summary>Forgets decks that are no longer part of the course.</summary>
    public void Keep(IEnumerable<string> deckPaths)
    {
        var keep = deckPaths.ToHashSet(StringComparer.Ordinal);
        foreach (var gone in entries.Keys.Where(k => !keep.Contains(k)).ToList())
        {
            entries.Remove(gone);
        }
    }

    public void Save(string path)
    {
        var stored = new Stored(FormatVersion, entries.Values.OrderBy(e => e.Deck.SourcePath, StringComparer.Ordinal)
            .ToList());
        AtomicFile.Write(path, JsonSerializer.SerializeToUtf8Bytes(stored));
    }

    /// <summary>The key of a deck: its bytes and the settings that shape every deck.</summary>
    public static string KeyOf(string deckPath, string courseFingerprint) =>
        Hash(Encoding.UTF8.GetBytes(courseFingerprint).Concat(File.ReadAllBytes(deckPath)).ToArray());

    /// <summary>A stamp that changes with the file: length and time of the last write, or "missing". Images can be
    /// large, so they are not read to decide whether a deck is up to date.</summary>
    public static string StampOf(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? $"{info.Length}:{info.LastWriteTimeUtc.Ticks}" : "missing";
    }

    private static string Hash(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes));

    private static Diagnostic Restore(CachedDiagnostic d)
    {
        var descriptor = DiagnosticCatalog.All.FirstOrDefault(c => c.Id == d.Code) ??
            CompilerDiagnostic.Descriptor(d.Code, d.Severity);
        return new Diagnostic(descriptor, d.Severity, d.Message, d.Path, new SourcePosition(d.StartLine, d.StartColumn),
            new SourcePosition(d.EndLine, d.EndColumn));
    }

    private sealed record Stored(int Version, List<Entry> Entries);
}
