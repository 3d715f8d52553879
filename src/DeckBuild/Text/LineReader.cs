namespace DeckBuild.Text;

/// <summary>One physical line of a text: where it starts, its content without the line break, and where the
/// next one starts.</summary>
public readonly record struct SourceLine(int Start, int ContentLength, int NextStart)
{
    public int ContentEnd => Start + ContentLength;
}

/// <summary>Splits text into lines at \r\n, \r or \n; <see cref="SourceText"/> counts its lines with it.</summary>
public static class LineReader
{
    public static IEnumerable<SourceLine> Lines(string text, int start = 0, int end = -1)
    {
        if (end < 0)
        {
            end = text.Length;
        }

        var lineStart = start;
        while (lineStart < end)
        {
            var i = lineStart;
            while (i < end && text[i] != '\r' && text[i] != '\n')
            {
                i++;
            }

            var next = i;
            if (next < end)
            {
                next += text[next] == '\r' && next + 1 < end && text[next + 1] == '\n' ? 2 : 1;
            }

            yield return new SourceLine(lineStart, i - lineStart, next);
            lineStart = next;
        }
    }
}
