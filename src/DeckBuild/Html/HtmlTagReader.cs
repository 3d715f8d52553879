namespace DeckBuild.Html;

/// <summary>A start or end tag: where its '&lt;' is, its lower-case name (empty when the next tag cut it off),
/// whether it closes itself, and whether it may end its parent (not when the text ends inside its name).</summary>
internal readonly record struct HtmlTag(int Start, string Name, bool IsEnd, bool SelfClosed, bool MayEndParent);

/// <summary>
/// Reads the tags of a piece of HTML, one pass, the way HtmlAgilityPack splits them: comments and
/// <c>&lt;!...&gt;</c> or <c>&lt;?...&gt;</c> declarations are skipped, a name runs to a space, '/' or '>', a quote
/// right after '=' holds its value whole, and a '&lt;' that could open a tag ends the tag before it. A test
/// compares what it finds with HtmlAgilityPack's tree on generated HTML.
/// </summary>
internal sealed class HtmlTagReader(string html)
{
    private int position;
    private char quote;

    public HtmlTag? Next()
    {
        while ((position = html.IndexOf('<', position)) >= 0)
        {
            var start = position;
            var next = At(start + 1);
            if (next is '!' or '?')
            {
                position = EndOfDeclaration(start);
                continue;
            }

            var isEnd = next == '/';
            if (!isEnd && !char.IsLetter(next))
            {
                position++;
                continue;
            }

            position = isEnd ? start + 2 : start + 1;
            var name = ReadName();
            if (position < html.Length && OpensTag(position))
            {
                // HtmlAgilityPack names a tag only where its name ends; one cut off by the next tag stays nameless.
                return new HtmlTag(start, "", isEnd, SelfClosed: true, MayEndParent: false);
            }

            var nameRunsToTheEnd = position == html.Length;
            var selfClosed = ReadAttributes();
            if (name.Length > 0)
            {
                return new HtmlTag(start, name, isEnd, selfClosed, MayEndParent: !nameRunsToTheEnd);
            }
        }

        position = html.Length;
        return null;
    }

    /// <summary>Moves past the text content of a script, style or similar element, to its end tag.</summary>
    public void SkipText(string name)
    {
        var endTag = "</" + name;
        while ((position = html.IndexOf(endTag, position, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            // Only "</script>" or "</script " ends it, not "</scripts>".
            if (At(position + endTag.Length) is '>' || char.IsWhiteSpace(At(position + endTag.Length)))
            {
                return;
            }

            position += endTag.Length;
        }

        position = html.Length;
    }

    private string ReadName()
    {
        var start = position;
        while (position < html.Length && !IsSpace(html[position]) && html[position] is not ('/' or '>') &&
            !OpensTag(position))
        {
            position++;
        }

        return html[start..position].ToLowerInvariant();
    }

    /// <summary>Reads up to the end of the tag; returns whether it closes itself: it ends in "/&gt;" where the '/'
    /// is not part of an attribute, or another tag starts before its '&gt;'.</summary>
    private bool ReadAttributes()
    {
        var state = AttributeState.Between;
        while (position < html.Length)
        {
            var c = html[position];
            if (state == AttributeState.Quoted)
            {
                state = Step(state, c);
                position++;
                continue;
            }

            if (OpensTag(position))
            {
                // HtmlAgilityPack closes a tag cut short by another one at once, as if it ended in "/>".
                return true;
            }

            if (c == '>')
            {
                position++;
                return state == AttributeState.Slash;
            }

            var next = Step(state, c);
            if (next == AttributeState.Between && state is AttributeState.Slash or AttributeState.BeforeEquals &&
                !char.IsWhiteSpace(c))
            {
                // A '/' not followed by '>', or a name not followed by '=': this character starts a new attribute.
                state = AttributeState.Between;
                continue;
            }

            state = next;
            position++;
        }

        return false;
    }

    private AttributeState Step(AttributeState state, char c)
    {
        var space = IsSpace(c);
        switch (state)
        {
            case AttributeState.Between:
                return space ? state : c is '/' or '?' ? AttributeState.Slash : AttributeState.Name;
            case AttributeState.Slash:
                return AttributeState.Between;
            case AttributeState.Name:
                return space || c == '/' ? AttributeState.BeforeEquals : c == '=' ? AttributeState.AfterEquals : state;
            case AttributeState.BeforeEquals:
                return space ? state : c == '=' ? AttributeState.AfterEquals : AttributeState.Between;
            case AttributeState.AfterEquals:
                if (c is '"' or '\'')
                {
                    quote = c;
                    return AttributeState.Quoted;
                }

                return space ? state : AttributeState.Unquoted;
            case AttributeState.Unquoted:
                return space ? AttributeState.Between : state;
            default:
                return c == quote ? AttributeState.Between : state;
        }
    }

    /// <summary>Where a comment or declaration ends: a comment at the first "--&gt;" or "--!&gt;" (so
    /// "&lt;!--&gt;" is a whole comment), anything else at the first '&gt;'.</summary>
    private int EndOfDeclaration(int start)
    {
        var isComment = string.CompareOrdinal(html, start, "<!--", 0, 4) == 0;
        for (var i = start + 2; (i = html.IndexOf('>', i)) >= 0; i++)
        {
            if (!isComment || (i >= start + 4 && (EndsWith(i, "--") || EndsWith(i, "--!"))))
            {
                return i + 1;
            }
        }

        return html.Length;
    }

    private bool EndsWith(int end, string text) =>
        end - text.Length >= 0 && string.CompareOrdinal(html, end - text.Length, text, 0, text.Length) == 0;

    /// <summary>Whether a tag could start here, which ends any tag being read. ("&lt;%" is text, since
    /// <see cref="SlideHtml"/> turns off HtmlAgilityPack's server-side code blocks.)</summary>
    private bool OpensTag(int at) =>
        html[at] == '<' && (char.IsLetter(At(at + 1)) || At(at + 1) is '/' or '!' or '?');

    private char At(int index) => index < html.Length ? html[index] : '\0';

    /// <summary>HtmlAgilityPack's white space inside a tag: anything else, a no-break space included, belongs to a
    /// name or value.</summary>
    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r';

    /// <summary>Where a reader stands inside a tag, as in HtmlAgilityPack: between attributes, after a '/' (which
    /// closes the tag if '>' follows at once), in an attribute's name, after the name, just after '=', or in an
    /// unquoted or quoted value.</summary>
    private enum AttributeState
    {
        Between,
        Slash,
        Name,
        BeforeEquals,
        AfterEquals,
        Unquoted,
        Quoted,
    }
}
