using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;

namespace DeckBuild.Rendering;

/// <summary>
/// Markdig's link parser, with a limit on how deeply parentheses may nest in a link destination.
/// </summary>
/// <remarks>
/// A destination may hold balanced parentheses, and Markdig follows them to the first space or the end of the
/// line. So in a line of unclosed links, <c>[a]([a]([a](...</c>, every <c>](</c> reads the rest of the line:
/// 100,000 characters took six seconds, 400,000 over a minute. CommonMark lets a parser stop at a depth of its
/// choosing (cmark stops at 32); a destination nested deeper is read as no inline link, and Markdig goes on as it
/// does for any failed one: it tries the reference forms, then leaves the brackets as text.
/// </remarks>
internal sealed class BoundedLinkParser : LinkInlineParser
{
    /// <summary>The deepest nesting of parentheses read in a link destination.</summary>
    public const int MaximumParentheses = 32;

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.CurrentChar != ']' || slice.PeekChar() != '(' || !NestsTooDeeply(slice))
        {
            return base.Match(processor, ref slice);
        }

        // Markdig, seeing the line end after the bracket, takes the path of a failed inline link.
        var end = slice.End;
        slice.End = slice.Start;
        var matched = base.Match(processor, ref slice);
        slice.End = end;
        return matched;
    }

    /// <summary>Whether the destination after "](" nests parentheses past the limit before it ends.</summary>
    private static bool NestsTooDeeply(StringSlice slice)
    {
        var text = slice.Text;
        var i = slice.Start + 2;
        while (i <= slice.End && text[i] is ' ' or '\t' or '\r' or '\n')
        {
            i++;
        }

        if (i > slice.End || text[i] == '<')
        {
            return false;
        }

        var depth = 0;
        for (; i <= slice.End; i++)
        {
            var c = text[i];
            if (c == '\\' && i < slice.End && !EndsDestination(text[i + 1]))
            {
                // An escaped parenthesis does not nest; an escaped space still ends the destination.
                i++;
            }
            else if (c == '(' && ++depth > MaximumParentheses)
            {
                return true;
            }
            else if ((c == ')' && --depth < 0) || EndsDestination(c))
            {
                return false;
            }
        }

        return false;
    }

    private static bool EndsDestination(char c) => c <= ' ' || char.IsControl(c);
}
