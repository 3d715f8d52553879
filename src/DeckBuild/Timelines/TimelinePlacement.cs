using DeckBuild.Text;

namespace DeckBuild.Timelines;

/// <summary>
/// One <c>{{TIMELINE:name}}</c> placeholder, resolved: the timeline it names, the year range of its
/// <c>.timeline</c> element and the steps its fragment lists give to events.
/// </summary>
public sealed class TimelinePlacement
{
    public required SourceSpan Placeholder { get; init; }

    public required Timeline Timeline { get; init; }

    public required int StartYear { get; init; }

    public required int EndYear { get; init; }

    /// <summary>Steps by event, for the events a fragment list names.</summary>
    public required IReadOnlyDictionary<TimelineEvent, TimelineStep> Steps { get; init; }

    /// <summary>The events drawn: those inside the year range.</summary>
    public IEnumerable<TimelineEvent> VisibleEvents =>
        Timeline.Events.Where(e => e.Position >= StartYear && e.Position <= EndYear);
}
