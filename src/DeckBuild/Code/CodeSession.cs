using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DeckBuild.Code;

/// <summary>
/// The compiler state shared by all decks of one build: references and the prelude (the project's usings).
/// It is prepared on a background thread as soon as the build starts, so loading Roslyn and binding the
/// framework overlaps with reading the decks; on a 2-core machine that hides most of a cold start.
/// </summary>
public sealed partial class CodeSession
{
    private readonly Task<(CodeCompilation Compilation, CSharpCompilation Prelude)> ready;
    private readonly List<(string Path, string Message)> unreadable = [];
    private int reported;

    private CodeSession(CSharpOptions settings) => ready = Task.Run(() =>
    {
        var compilation = new CodeCompilation(settings, References(settings));
        return (compilation, compilation.Prelude());
    });

    /// <summary>Starts preparing when any deck has a C# fence; returns null when none has.</summary>
    public static CodeSession? StartIfNeeded(CSharpOptions? settings, IEnumerable<string> deckPaths)
    {
        if (settings is null)
        {
            return null;
        }

        var any = deckPaths.Any(path =>
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
        return any ? new CodeSession(settings) : null;
    }

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

    [GeneratedRegex(@"^[ \t>*+-]*(```|~~~)\s*(csharp|cs|c#)\b", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex CSharpFence();
}
