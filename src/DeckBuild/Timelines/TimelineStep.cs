namespace DeckBuild.Timelines;

/// <summary>How one event of a placed timeline steps in: a reveal.js fragment style and index.</summary>
/// <param name="Style">The fragment classes after <c>fragment custom</c>: <c>select</c> or <c>color-N</c>.</param>
/// <param name="Index">The <c>data-fragment-index</c>.</param>
public sealed record TimelineStep(string Style, int Index);
