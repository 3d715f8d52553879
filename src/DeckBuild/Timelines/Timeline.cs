namespace DeckBuild.Timelines;

/// <summary>A named list of events, read from one timeline file; the name is the file name.</summary>
public sealed class Timeline
{
    public Timeline(string name, string path, IEnumerable<TimelineEvent> events)
    {
        Name = name;
        Path = path;
        Events = events.OrderBy(e => e.Position).ToList();
    }

    public string Name { get; }

    public string Path { get; }

    /// <summary>The events in axis order.</summary>
    public IReadOnlyList<TimelineEvent> Events { get; }

    /// <summary>
    /// The events a fragment entry names: a whole year names every event of that year; a fractional one names
    /// the event at exactly that position.
    /// </summary>
    public IEnumerable<TimelineEvent> EventsAt(decimal yearOrPosition) =>
        decimal.Truncate(yearOrPosition) == yearOrPosition
            ? Events.Where(e => e.Year == yearOrPosition)
            : Events.Where(e => e.Position == yearOrPosition);
}
