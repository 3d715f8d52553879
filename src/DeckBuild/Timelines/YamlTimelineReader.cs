using System.Globalization;
using DeckBuild.Diagnostics;
using DeckBuild.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DeckBuild.Timelines;

/// <summary>
/// Reads a YAML timeline: a list of events, each a mapping with <c>year</c>, <c>name</c>, and optionally
/// <c>author</c> and <c>position</c>. Reads the event stream directly so every problem has an exact position.
/// </summary>
public static class YamlTimelineReader
{
    public static Timeline Read(string name, SourceText source, DiagnosticBag diagnostics)
    {
        var events = new List<TimelineEvent>();
        var parser = new TrackingParser(new Parser(new StringReader(source.Text)));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return new Timeline(name, source.Path, events);
            }

            parser.Consume<DocumentStart>();
            if (!parser.TryConsume<SequenceStart>(out _))
            {
                Report(diagnostics, DiagnosticCatalog.TimelineSyntax, source, parser.Current!.Start, 1,
                    "a timeline file holds a list of events, each starting with '- year:'");
                return new Timeline(name, source.Path, events);
            }

            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                if (ReadEvent(parser, source, diagnostics) is { } item)
                {
                    events.Add(item);
                }
            }
        }
        catch (YamlException e)
        {
            Report(diagnostics, DiagnosticCatalog.TimelineSyntax, source, e.Start, 1, YamlErrorText.Of(e));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up on some damaged input without a position.
            var at = parser.LastMark.Line > 0 ? parser.LastMark : new Mark(0, 1, 1);
            Report(diagnostics, DiagnosticCatalog.TimelineSyntax, source, at, 1,
                "the YAML cannot be read after this point; check quotes, brackets and indentation");
        }

        return new Timeline(name, source.Path, events);
    }

    private static TimelineEvent? ReadEvent(IParser parser, SourceText source, DiagnosticBag diagnostics)
    {
        if (!parser.TryConsume<MappingStart>(out var start))
        {
            var node = parser.Current!;
            Report(diagnostics, DiagnosticCatalog.TimelineSyntax, source, node.Start, 1,
                "each event is a mapping such as '- year: 2017' followed by 'name: Transformers'");
            parser.SkipThisAndNestedEvents();
            return null;
        }

        var fields = new Dictionary<string, Scalar>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = parser.Consume<Scalar>();
            if (!parser.TryConsume<Scalar>(out var value))
            {
                Report(diagnostics, DiagnosticCatalog.TimelineInvalidValue, source, parser.Current!.Start, 1,
                    key.Value, "event field", "write a single value on the same line as the key");
                parser.SkipThisAndNestedEvents();
                continue;
            }

            if (key.Value is not ("year" or "name" or "author" or "position"))
            {
                Report(diagnostics, DiagnosticCatalog.TimelineUnknownKey, source, key.Start, key.Value.Length,
                    key.Value);
            }
            else if (!fields.TryAdd(key.Value, value))
            {
                Report(diagnostics, DiagnosticCatalog.TimelineDuplicateKey, source, key.Start, key.Value.Length,
                    key.Value);
            }
        }

        return Build(fields, source, YamlSpan.At(source, start.Start), diagnostics);
    }

    private static TimelineEvent? Build(Dictionary<string, Scalar> fields, SourceText source, SourceSpan eventSpan,
        DiagnosticBag diagnostics)
    {
        var ok = true;
        foreach (var required in new[] { "year", "name" })
        {
            if (!fields.ContainsKey(required))
            {
                diagnostics.Report(DiagnosticCatalog.TimelineMissingField, eventSpan, required);
                ok = false;
            }
        }

        var year = 0;
        if (fields.TryGetValue("year", out var yearScalar) &&
            !int.TryParse(yearScalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out year))
        {
            Invalid(diagnostics, source, yearScalar, "year", "use a whole year such as 2017");
            ok = false;
        }

        var position = (decimal)year;
        if (ok && fields.TryGetValue("position", out var positionScalar))
        {
            if (!decimal.TryParse(positionScalar.Value, NumberStyles.Number, CultureInfo.InvariantCulture,
                    out position) || decimal.Floor(position) != year)
            {
                Invalid(diagnostics, source, positionScalar, "position",
                    $"use a number from {year} up to but not including {year + 1}, such as " +
                    (year + 0.2m).ToString(CultureInfo.InvariantCulture));
                ok = false;
            }
        }

        var name = fields.GetValueOrDefault("name")?.Value.Trim();
        if (fields.TryGetValue("name", out var nameScalar) && string.IsNullOrEmpty(name))
        {
            Invalid(diagnostics, source, nameScalar, "name", "an event needs a name to show");
            ok = false;
        }

        var author = fields.GetValueOrDefault("author")?.Value.Trim();
        return ok ? new TimelineEvent(year, position, name!, string.IsNullOrEmpty(author) ? null : author, eventSpan)
            : null;
    }

    private static void Invalid(DiagnosticBag diagnostics, SourceText source, Scalar scalar, string what, string fix) =>
        diagnostics.Report(DiagnosticCatalog.TimelineInvalidValue, YamlSpan.Of(source, scalar.Start, scalar.End),
            scalar.Value, what, fix);

    private static void Report(DiagnosticBag diagnostics, DiagnosticDescriptor descriptor, SourceText source,
        Mark mark, int length, params object?[] args) =>
        diagnostics.Report(descriptor, YamlSpan.At(source, mark, length), args);
}
