using DeckBuild.Decks;

namespace DeckBuild.Courses;

/// <summary>What one course build works on. Paths are absolute.</summary>
public sealed record CourseOptions
{
    /// <summary>The course project's folder: nothing outside it is ever read on a deck's behalf.</summary>
    public required string ProjectDirectory { get; init; }

    /// <summary>The slides folder; deck and asset paths below it are mirrored into the output.</summary>
    public required string DeckRoot { get; init; }

    public required string OutputDirectory { get; init; }

    /// <summary>The deck files, as MSBuild passed them (they are reported under these paths).</summary>
    public required IReadOnlyList<string> Decks { get; init; }

    public required IReadOnlyList<string> Timelines { get; init; }

    /// <summary>The folder holding the browser runtime laid out as <see cref="Rendering.RuntimeLayout"/> says.
    /// </summary>
    public required string RuntimeDirectory { get; init; }

    public string CourseTitle { get; init; } = "Slides";

    public SlideSeparators Separators { get; init; } = SlideSeparators.Default;

    /// <summary>Where to keep each deck's result between builds (in obj); null checks every deck every time.
    /// </summary>
    public string? CacheFile { get; init; }

    /// <summary>How C# blocks are compiled; null when they are not checked.</summary>
    public Code.CSharpOptions? CSharp { get; init; }
}
