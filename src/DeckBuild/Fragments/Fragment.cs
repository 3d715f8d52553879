using DeckBuild.Text;

namespace DeckBuild.Fragments;

/// <summary>An element that reveal.js steps through, with its <c>data-fragment-index</c> if it has a valid one.
/// </summary>
/// <param name="Index">The valid index, or null.</param>
/// <param name="Span">Where the fragment is written.</param>
/// <param name="HasIndexAttribute">True when an index was written, even an invalid one (already reported).</param>
/// <param name="IsCodeStep">True for a line step of a code block, which cannot carry an index.</param>
public sealed record Fragment(int? Index, SourceSpan Span, bool HasIndexAttribute = false, bool IsCodeStep = false)
{
    /// <summary>True for a fragment its author wrote without an index, which reveal.js shows after all indexed
    /// ones.</summary>
    public bool IsUnindexed => Index is null && !HasIndexAttribute && !IsCodeStep;
}
