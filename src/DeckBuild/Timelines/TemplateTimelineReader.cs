using System.Globalization;
using System.Text.RegularExpressions;
using DeckBuild.Diagnostics;
using DeckBuild.Html;
using DeckBuild.Text;
using HtmlAgilityPack;

namespace DeckBuild.Timelines;

/// <summary>
/// Reads the older HTML template format: per event a <c>timeline-item</c> with <c>style="--year: Y;"</c> holding
/// <c>timeline-year</c>, <c>timeline-name</c> and an optional <c>timeline-author</c>. Dots and connectors are
/// ignored on reading, since DeckBuild draws them from the events.
/// </summary>
public static partial class TemplateTimelineReader
{
    public static Timeline Read(string name, SourceText source, DiagnosticBag diagnostics)
    {
        var reported = diagnostics.Items.Count;
        var html = SlideHtml.Parse(source, 0, source.Length, [], diagnostics);
        var events = new List<TimelineEvent>();
        foreach (var item in html.Elements().Where(e => HasClass(e, "timeline-item")))
        {
            if (ReadItem(item, html, diagnostics) is { } timelineEvent)
            {
                events.Add(timelineEvent);
            }
        }

        if (events.Count == 0 && diagnostics.Items.Count == reported)
        {
            diagnostics.Report(DiagnosticCatalog.TimelineSyntax, source.Span(0, 0),
                "no element with class=\"timeline-item\" was found; each event needs one");
        }

        return new Timeline(name, source.Path, events);
    }

    private static TimelineEvent? ReadItem(HtmlNode item, SlideHtml html, DiagnosticBag diagnostics)
    {
        var span = html.StartTagSpan(item);
        var style = item.Attributes["style"];
        var positionText = style is null ? null : YearProperty().Match(style.Value ?? "") is { Success: true } m
            ? m.Groups[1].Value : null;
        if (positionText is null || !decimal.TryParse(positionText, NumberStyles.Number, CultureInfo.InvariantCulture,
                out var position))
        {
            diagnostics.Report(DiagnosticCatalog.TimelineSyntax, span,
                "this timeline-item has no style=\"--year: Y;\" with a number; add one");
            return null;
        }

        if (position < int.MinValue || position >= (decimal)int.MaxValue + 1)
        {
            diagnostics.Report(DiagnosticCatalog.TimelineInvalidValue, html.ValueSpan(style!), positionText, "year",
                "use a year such as 2017");
            return null;
        }

        var name = ChildText(item, "timeline-name");
        if (string.IsNullOrEmpty(name))
        {
            diagnostics.Report(DiagnosticCatalog.TimelineMissingField, span, "name");
            return null;
        }

        var yearText = ChildText(item, "timeline-year");
        var year = int.TryParse(yearText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var y)
            ? y : (int)decimal.Floor(position);
        return new TimelineEvent(year, position, name, NullIfEmpty(ChildText(item, "timeline-author")), span);
    }

    private static string? ChildText(HtmlNode item, string cssClass)
    {
        var child = item.Descendants().FirstOrDefault(d => HasClass(d, cssClass));
        return child is null ? null : WhiteSpace().Replace(HtmlEntity.DeEntitize(child.InnerText), " ").Trim();
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static bool HasClass(HtmlNode node, string cssClass) =>
        node.NodeType == HtmlNodeType.Element && node.GetClasses().Contains(cssClass);

    [GeneratedRegex(@"--year\s*:\s*([-+]?[0-9.]+)")]
    private static partial Regex YearProperty();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
