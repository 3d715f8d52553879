using DeckBuild.Timelines;
using Markdig.Helpers;
using Markdig.Parsers;

namespace DeckBuild.Rendering;

/// <summary>Parses <c>{{TIMELINE:name}}</c> in Markdown text into a <see cref="TimelinePlaceholderInline"/>, so
/// other inline parsers cannot split or reinterpret it.</summary>
public sealed class TimelinePlaceholderParser : InlineParser
{
    public TimelinePlaceholderParser() => OpeningCharacters = ['{'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '{')
        {
            return false;
        }

        // A placeholder holds no braces, so the first brace after "{{" must start its "}}". Looking no further
        // keeps a line full of "{{" linear: every search stops where the next one starts.
        var rest = slice.Text.AsSpan(slice.Start, slice.Length);
        var close = rest[2..].IndexOfAny('{', '}') + 2;
        if (close < 2 || !rest[close..].StartsWith("}}"))
        {
            return false;
        }

        var candidate = rest[..(close + 2)].ToString();
        var match = TimelinePlaceholderSyntax.Pattern().Match(candidate);
        if (!match.Success || match.Index != 0)
        {
            return false;
        }

        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        processor.Inline = new TimelinePlaceholderInline
        {
            Text = candidate,
            Span = new Markdig.Syntax.SourceSpan(start, start + candidate.Length - 1),
            Line = line,
            Column = column,
        };
        slice.Start += candidate.Length;
        return true;
    }
}
