using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DeckBuild.Code;

/// <summary>
/// The compiler state shared by all decks of one build: references and the prelude (the project's usings).
/// It is prepared on a background thread as soon as the build starts, so loading Roslyn and binding the
/// framework overlaps with reading the decks; on a 2-core machine that hides most of a cold start. The last
/// session is kept for the next build in the same process (MSBuild reuses its nodes): while the references and
/// settings are unchanged, a warm build reuses Roslyn's symbols for every reference instead of binding them again.
/// </summary>
public sealed partial class CodeSession
{
    private static readonly object LastGate = new();
    private static (string Key, CodeSession Session)? last;

    private readonly Task<(CodeCompilation Compilation, CSharpCompilation Prelude)> ready;
    private readonly List<(string Path, string Message)> unreadable = [];
    private int reported;

    private CodeSession(CSharpOptions settings) => ready = Task.Run(() =>
    {
        var compilation = new CodeCompilation(settings, References(settings));
        return (compilation, compilation.Prelude());
    });

    /// <summary>Whether any of the decks seems to hold a C# fence: a cheap look at the text, so the compiler can
    /// start preparing before the decks are parsed. It is only a hint; the decks' own reading decides.</summary>
    public static bool AnyMayHaveCSharp(IEnumerable<string> deckPaths) => deckPaths.Any(path =>
    {
        try
        {
            return CSharpFence().IsMatch(File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    });

    /// <summary>Starts preparing the compiler state, or takes the one kept from the last build when nothing it
    /// depends on has changed.</summary>
    public static CodeSession Start(CSharpOptions settings)
    {
        var key = KeyOf(settings);
        lock (LastGate)
        {
            if (last is { } kept && kept.Key == key)
            {
                return kept.Session.Reused();
            }

            var session = new CodeSession(settings);
            last = (key, session);
            return session;
        }
    }

    /// <summary>The same compiler state for a later build; problems with references are reported again.</summary>
    private CodeSession Reused() => new(ready, unreadable);

    private CodeSession(Task<(CodeCompilation, CSharpCompilation)> ready, List<(string, string)> unreadable)
    {
        this.ready = ready;
        this.unreadable = unreadable;
    }

    /// <summary>Everything the compiler state depends on: settings, and each reference with its timestamp.
    /// </summary>
    public static string KeyOf(CSharpOptions settings) => string.Join('\n',
        settings.References.Select(r => $"{r}|{File.GetLastWriteTimeUtc(r).Ticks}")
            .Concat(settings.Usings.Select(u => u.ToSource(global: true)))
            .Concat(settings.PreprocessorSymbols)
            .Append(settings.LanguageVersion ?? "")
            .Append(settings.Nullable ?? ""));

    public CodeCompilation Compilation => ready.Result.Compilation;

    public CSharpCompilation Prelude => ready.Result.Prelude;

    /// <summary>References that could not be read, handed out once so they are reported once per build.</summary>
    public IReadOnlyList<(string Path, string Message)> TakeUnreadable()
    {
        _ = ready.Result;
        return Interlocked.Exchange(ref reported, 1) == 0 ? unreadable : [];
    }

    private List<MetadataReference> References(CSharpOptions settings)
    {
        var references = new List<MetadataReference>();
        foreach (var path in settings.References.Distinct(StringComparer.Ordinal))
        {
            try
            {
                references.Add(ReferenceCache.Get(path));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadImageFormatException)
            {
                unreadable.Add((path, e.Message));
            }
        }

        return references;
    }

    [GeneratedRegex(@"^[ \t>*+\-0-9.)]*(```|~~~)\s*(csharp|cs|c#)(?![\w#])",
        RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex CSharpFence();
}
