using DeckBuild.Timelines;

namespace DeckBuild.Rendering;

/// <summary>The timelines of the slide being rendered, by the deck-file offset of their placeholder, and the
/// offset of the Markdown being rendered, which Markdig's own spans are relative to.</summary>
public sealed class PlacementLookup(IReadOnlyList<TimelinePlacement> placements, int offset)
{
    public int Offset { get; } = offset;

    public TimelinePlacement? At(int relativeStart) =>
        placements.FirstOrDefault(p => p.Placeholder.Start == relativeStart + Offset);
}
