using DeckBuild.Code;
using DeckBuild.Timelines;

namespace DeckBuild.Courses;

/// <summary>
/// Everything outside a deck file that shapes every deck's result: DeckBuild's own build, the slides folder, the
/// separators, the runtime's themes, the C# settings and the names of all timelines (an unknown name's
/// suggestions depend on them). A change to any of it checks every deck again.
/// </summary>
public static class CourseFingerprint
{
    public static string Of(CourseOptions options, TimelineLibrary timelines)
    {
        var themes = Directory.Exists(options.RuntimeDirectory)
            ? Directory.EnumerateFiles(options.RuntimeDirectory, "*.css", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(options.RuntimeDirectory, f)).Order(StringComparer.Ordinal).ToList()
            : [];
        return string.Join('\n', new[]
            {
                typeof(CourseFingerprint).Assembly.ManifestModule.ModuleVersionId.ToString(),
                Path.GetFullPath(options.DeckRoot),
                options.Separators.Horizontal.ToString(),
                options.Separators.Vertical?.ToString() ?? "",
                options.Separators.Notes.ToString(),
                options.CSharp is { } csharp ? CodeSession.KeyOf(csharp) : "no code checks",
            }
            .Concat(themes)
            .Concat(timelines.Timelines.Select(t => t.Name).Order(StringComparer.Ordinal)));
    }
}
