using DeckBuild.Diagnostics;

namespace DeckBuild.Courses;

/// <summary>The outcome of checking and rendering a course, before anything is written.</summary>
public sealed record CourseResult(IReadOnlyList<BuiltDeck> Decks, DiagnosticBag Diagnostics)
{
    public int SlideCount => Decks.Sum(d => d.SlideCount);

    public int CheckedBlocks => Decks.Sum(d => d.CheckedBlocks);

    /// <summary>How many decks were checked in this build; the others came unchanged from the cache.</summary>
    public int CheckedDecks { get; init; }
}
