using DeckBuild.Diagnostics;
using DeckBuild.Text;

namespace DeckBuild.Timelines;

/// <summary>All timelines of a course, by name.</summary>
public sealed class TimelineLibrary
{
    private readonly Dictionary<string, Timeline> timelines = new(StringComparer.Ordinal);

    public IReadOnlyCollection<Timeline> Timelines => timelines.Values;

    public bool TryGet(string name, out Timeline timeline) => timelines.TryGetValue(name, out timeline!);

    /// <summary>Reads one timeline file, YAML or the HTML template format, and adds it under its file name.</summary>
    public void Add(SourceText source, DiagnosticBag diagnostics)
    {
        var name = Path.GetFileNameWithoutExtension(source.Path);
        var isHtml = Path.GetExtension(source.Path).Equals(".html", StringComparison.OrdinalIgnoreCase) ||
            Path.GetExtension(source.Path).Equals(".htm", StringComparison.OrdinalIgnoreCase);
        var timeline = isHtml
            ? TemplateTimelineReader.Read(name, source, diagnostics)
            : YamlTimelineReader.Read(name, source, diagnostics);

        if (timelines.TryGetValue(name, out var existing))
        {
            diagnostics.Report(DiagnosticCatalog.TimelineDuplicateName, source.Span(0, 0), name, existing.Path);
            return;
        }

        ReportSharedPositions(timeline, diagnostics);
        timelines.Add(name, timeline);
    }

    /// <summary>Up to three known names closest to <paramref name="name"/>, nearest first.</summary>
    public IReadOnlyList<string> Suggest(string name) => timelines.Keys
        .Select(k => (Name: k, Distance: EditDistance.Between(name, k)))
        .Where(s => s.Distance <= Math.Max(3, name.Length / 3))
        .OrderBy(s => s.Distance)
        .ThenBy(s => s.Name, StringComparer.Ordinal)
        .Take(3)
        .Select(s => s.Name)
        .ToList();

    private static void ReportSharedPositions(Timeline timeline, DiagnosticBag diagnostics)
    {
        foreach (var group in timeline.Events.GroupBy(e => e.Position).Where(g => g.Count() > 1))
        {
            // Each event after the first is offered its own free position, the next one after the last offered.
            var first = group.First();
            var free = first.Position;
            foreach (var other in group.Skip(1))
            {
                do
                {
                    free += 0.1m;
                }
                while (timeline.Events.Any(e => e.Position == free));

                diagnostics.Report(DiagnosticCatalog.TimelineDuplicateEvent, other.Span, first.PositionText,
                    first.Name, free.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }
}
