using DeckBuild.Text;

namespace DeckBuild.Fragments;

/// <summary>An element that reveal.js steps through, with its <c>data-fragment-index</c> if it has a valid one.
/// </summary>
public sealed record Fragment(int? Index, SourceSpan Span);
