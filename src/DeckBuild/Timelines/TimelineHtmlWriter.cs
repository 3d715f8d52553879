using System.Net;
using System.Text;

namespace DeckBuild.Timelines;

/// <summary>
/// Writes a placed timeline in the structure of the HTML template format (dot, item, connector per event, each
/// with <c>style="--year: Y;"</c>), so stylesheets written for that format keep working. Each item also gets a
/// lane class, chosen here so that labels of nearby years do not overlap.
/// </summary>
public static class TimelineHtmlWriter
{
    /// <summary>The share of the axis one label takes, used to decide when two labels would collide.</summary>
    private const decimal LabelWidth = 0.13m;

    private const int LaneCount = 4;

    public static string Write(TimelinePlacement placement, string indent)
    {
        var builder = new StringBuilder();
        var events = placement.VisibleEvents.ToList();
        var lanes = AssignLanes(events, placement.StartYear, placement.EndYear);
        for (var i = 0; i < events.Count; i++)
        {
            var item = events[i];
            var step = placement.Steps.GetValueOrDefault(item);
            var year = $"style=\"--year: {item.PositionText};\"";
            var fragment = step is null ? "" : $" fragment custom {step.Style}";
            var index = step is null ? "" : $" data-fragment-index=\"{step.Index}\"";
            var lane = $" timeline-lane-{lanes[i]}";
            var first = i == 0 ? "" : indent;

            builder.Append(first).Append($"<div class=\"timeline-dot{fragment}\" {year}{index}></div>\n");
            builder.Append(indent).Append($"<div class=\"timeline-item{lane}{fragment}\" {year}{index}>\n");
            builder.Append(indent).Append("    <div class=\"timeline-content\">\n");
            AppendText(builder, indent, "timeline-year",
                item.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            AppendText(builder, indent, "timeline-name", item.Name);
            if (item.Author is not null)
            {
                AppendText(builder, indent, "timeline-author", item.Author);
            }

            builder.Append(indent).Append("    </div>\n");
            builder.Append(indent).Append("</div>\n");
            builder.Append(indent).Append($"<div class=\"timeline-connector{lane}{fragment}\" {year}{index}></div>");
            if (i < events.Count - 1)
            {
                builder.Append('\n');
            }
        }

        return builder.ToString();
    }

    private static void AppendText(StringBuilder builder, string indent, string cssClass, string text) =>
        builder.Append(indent).Append($"        <div class=\"{cssClass}\">{WebUtility.HtmlEncode(text)}</div>\n");

    /// <summary>
    /// Lanes 0 and 1 sit just above and below the axis, 2 and 3 further out. Each label takes the first lane
    /// where it clears the previous label; when none is clear, the lane that has been free longest.
    /// </summary>
    private static int[] AssignLanes(IReadOnlyList<TimelineEvent> events, int startYear, int endYear)
    {
        var lanes = new int[events.Count];
        var lastEdge = Enumerable.Repeat(decimal.MinValue, LaneCount).ToArray();
        var span = Math.Max(1, endYear - startYear);
        for (var i = 0; i < events.Count; i++)
        {
            var at = (events[i].Position - startYear) / span;
            var lane = Enumerable.Range(0, LaneCount).FirstOrDefault(l => lastEdge[l] + LabelWidth <= at, -1);
            if (lane < 0)
            {
                lane = Array.IndexOf(lastEdge, lastEdge.Min());
            }

            lanes[i] = lane;
            lastEdge[lane] = at;
        }

        return lanes;
    }
}
