using DeckBuild.Text;

namespace DeckBuild.Timelines;

/// <summary>One <c>year:index</c> entry of a <c>data-timeline-fragments-*</c> list, with where it was written.
/// </summary>
public sealed record FragmentListEntry(string Text, SourceSpan Span, string List);
