using System.Globalization;
using System.Text.RegularExpressions;
using DeckBuild.Diagnostics;
using DeckBuild.Fragments;
using DeckBuild.Html;
using DeckBuild.Text;
using HtmlAgilityPack;

namespace DeckBuild.Timelines;

/// <summary>
/// Finds the timeline placeholders of a slide, resolves each against the course's timelines and its enclosing
/// <c>.timeline</c> element, and reports every problem with the placeholder, the year range or a fragment list.
/// </summary>
public static class TimelinePlacementReader
{
    private const string AttributePrefix = "data-timeline-";
    private const string SelectList = "data-timeline-fragments-select";
    private const string ColorListPrefix = "data-timeline-fragments-color-";

    public static IReadOnlyList<TimelinePlacement> Read(SlideHtml html, TimelineLibrary library, DiagnosticBag bag)
    {
        var placements = new List<TimelinePlacement>();
        var used = new Dictionary<HtmlNode, string>();
        foreach (Match match in TimelinePlaceholderSyntax.Pattern().Matches(html.MaskedText))
        {
            var span = html.Span(match.Index, match.Length);
            var container = FindTimelineElement(html.ElementAt(span.Start));
            if (container is null)
            {
                bag.Report(DiagnosticCatalog.PlaceholderOutsideTimeline, span, match.Value);
                continue;
            }

            if (!used.TryAdd(container, match.Value))
            {
                bag.Report(DiagnosticCatalog.TwoPlaceholdersInOneTimeline, span, used[container]);
                continue;
            }

            var name = match.Groups[1].Value;
            var range = ReadRange(container, html, bag);
            if (!library.TryGet(name, out var timeline))
            {
                ReportUnknown(name, html.Span(match.Groups[1].Index, Math.Max(1, name.Length)), library, bag);
                continue;
            }

            if (range is not { } years)
            {
                continue;
            }

            var steps = ReadSteps(container, html, timeline, years, bag);
            ReportHiddenEvents(timeline, years, span, bag);
            placements.Add(new TimelinePlacement
            {
                Placeholder = span, Timeline = timeline, StartYear = years.Start, EndYear = years.End, Steps = steps,
            });
        }

        return placements;
    }

    private static HtmlNode? FindTimelineElement(HtmlNode? node)
    {
        for (; node is not null; node = node.ParentNode)
        {
            if (node.NodeType == HtmlNodeType.Element && node.GetClasses().Contains("timeline"))
            {
                return node;
            }
        }

        return null;
    }

    private static (int Start, int End)? ReadRange(HtmlNode container, SlideHtml html, DiagnosticBag bag)
    {
        var style = container.Attributes["style"];
        var span = style is null ? html.StartTagSpan(container) : html.ValueSpan(style);
        var start = ReadYearProperty(style?.Value, "--start-year", span, bag);
        var end = ReadYearProperty(style?.Value, "--end-year", span, bag);
        if (start is null || end is null)
        {
            return null;
        }

        if (start >= end)
        {
            bag.Report(DiagnosticCatalog.MissingYearRange, span,
                $"starts at {start} but ends at {end}, which is not later");
            return null;
        }

        return (start.Value, end.Value);
    }

    private static int? ReadYearProperty(string? style, string property, SourceSpan span, DiagnosticBag bag)
    {
        var match = Regex.Match(style ?? "", Regex.Escape(property) + @"\s*:\s*([^;]*)", RegexOptions.None,
            TimeSpan.FromSeconds(1));
        if (!match.Success)
        {
            bag.Report(DiagnosticCatalog.MissingYearRange, span, $"has no {property} in its style");
            return null;
        }

        var text = match.Groups[1].Value.Trim();
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var year))
        {
            bag.Report(DiagnosticCatalog.MissingYearRange, span, $"has {property} '{text}', which is not a whole year");
            return null;
        }

        return year;
    }

    private static Dictionary<TimelineEvent, TimelineStep> ReadSteps(HtmlNode container, SlideHtml html,
        Timeline timeline, (int Start, int End) years, DiagnosticBag bag)
    {
        var steps = new Dictionary<TimelineEvent, TimelineStep>();
        var namedBy = new Dictionary<TimelineEvent, FragmentListEntry>();
        foreach (var attribute in container.Attributes)
        {
            var style = ListStyle(attribute.Name);
            if (style is null)
            {
                if (attribute.Name.StartsWith(AttributePrefix, StringComparison.OrdinalIgnoreCase))
                {
                    bag.Report(DiagnosticCatalog.UnknownTimelineAttribute, html.NameSpan(attribute), attribute.Name);
                }

                continue;
            }

            foreach (var entry in Entries(attribute, html))
            {
                if (ReadEntry(entry, timeline, years, bag) is not { } parsed)
                {
                    continue;
                }

                // Each event belongs to the first entry that names it, also when a whole year and a fractional
                // position both reach it.
                var events = timeline.EventsAt(parsed.Year).ToList();
                if (events.FirstOrDefault(namedBy.ContainsKey) is { } taken)
                {
                    var first = namedBy[taken];
                    bag.Report(DiagnosticCatalog.YearInTwoLists, entry.Span, parsed.Year,
                        $"'{first.Text}' of {first.List} at column {first.Span.StartPosition.Column}");
                }

                foreach (var timelineEvent in events.Where(e => !namedBy.ContainsKey(e)))
                {
                    namedBy[timelineEvent] = entry;
                    steps[timelineEvent] = new TimelineStep(style, parsed.Index);
                }
            }
        }

        return steps;
    }

    private static string? ListStyle(string attributeName)
    {
        if (attributeName.Equals(SelectList, StringComparison.OrdinalIgnoreCase))
        {
            return "select";
        }

        var isColor = attributeName.StartsWith(ColorListPrefix, StringComparison.OrdinalIgnoreCase);
        var suffix = isColor ? attributeName[ColorListPrefix.Length..] : "";
        return suffix is "0" or "1" or "2" ? "color-" + suffix : null;
    }

    private static IEnumerable<FragmentListEntry> Entries(HtmlAttribute attribute, SlideHtml html)
    {
        var value = html.ValueSpan(attribute);
        var text = value.Text;
        var position = 0;
        foreach (var part in text.Split(','))
        {
            if (part.Trim().Length > 0)
            {
                var lead = part.Length - part.TrimStart().Length;
                yield return new FragmentListEntry(part.Trim(),
                    value.Source.Span(value.Start + position + lead, part.Trim().Length), attribute.Name);
            }

            position += part.Length + 1;
        }
    }

    private static (decimal Year, int Index)? ReadEntry(FragmentListEntry entry, Timeline timeline,
        (int Start, int End) years, DiagnosticBag bag)
    {
        var colon = entry.Text.IndexOf(':');
        if (colon < 0 || !decimal.TryParse(entry.Text[..colon].Trim(), NumberStyles.AllowLeadingSign |
                NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var year))
        {
            bag.Report(DiagnosticCatalog.InvalidFragmentEntry, entry.Span, entry.Text, entry.List);
            return null;
        }

        var indexText = entry.Text[(colon + 1)..].Trim();
        var indexSpan = entry.Span.Source.Span(entry.Span.Start + colon + 1,
            Math.Max(1, entry.Text.Length - colon - 1));
        var ok = true;
        if (!FragmentIndex.TryParse(indexText, out var index))
        {
            bag.Report(DiagnosticCatalog.InvalidTimelineFragmentIndex, indexSpan, indexText, year);
            ok = false;
        }

        if (!timeline.EventsAt(year).Any())
        {
            var known = string.Join(", ", timeline.Events.Select(e => e.PositionText).Distinct());
            bag.Report(DiagnosticCatalog.UnknownTimelineYear, entry.Span, timeline.Name, year,
                known.Length > 0 ? $"; its events are at {known}" : "; it has no events");
            ok = false;
        }
        else if (year < years.Start || year > years.End)
        {
            bag.Report(DiagnosticCatalog.SelectedYearOutsideRange, entry.Span, year, years.Start, years.End);
            ok = false;
        }

        return ok ? (year, index) : null;
    }

    private static void ReportHiddenEvents(Timeline timeline, (int Start, int End) years, SourceSpan span,
        DiagnosticBag bag)
    {
        foreach (var hidden in timeline.Events.Where(e => e.Position < years.Start || e.Position > years.End))
        {
            bag.Report(DiagnosticCatalog.EventOutsideRange, span, hidden.Name, hidden.PositionText, timeline.Name,
                years.Start, years.End);
        }
    }

    private static void ReportUnknown(string name, SourceSpan span, TimelineLibrary library, DiagnosticBag bag)
    {
        var suggestions = library.Suggest(name);
        var hint = suggestions.Count > 0
            ? " Did you mean " + string.Join(" or ", suggestions.Select(s => $"'{s}'")) + "?"
            : library.Timelines.Count == 0 ? " The course has no timelines." : "";
        bag.Report(DiagnosticCatalog.UnknownTimeline, span, name, hint);
    }
}
