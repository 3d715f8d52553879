namespace DeckBuild.Decks;

/// <summary>
/// Follows CommonMark fenced code blocks line by line, so that separators and markers inside code are left alone.
/// </summary>
public sealed class FenceTracker
{
    private char fenceChar;
    private int fenceLength;

    public bool InFence => fenceLength > 0;

    /// <summary>Feeds one line; returns true when the line belongs to a fence (opening, inside or closing).</summary>
    public bool Feed(string line)
    {
        var indent = 0;
        while (indent < line.Length && indent < 4 && line[indent] == ' ')
        {
            indent++;
        }

        var run = 0;
        if (indent < 4 && indent < line.Length && line[indent] is '`' or '~')
        {
            var c = line[indent];
            while (indent + run < line.Length && line[indent + run] == c)
            {
                run++;
            }

            if (!InFence && run >= 3 && !(c == '`' && line.IndexOf('`', indent + run) >= 0))
            {
                (fenceChar, fenceLength) = (c, run);
                return true;
            }

            if (InFence && c == fenceChar && run >= fenceLength && line[(indent + run)..].Trim().Length == 0)
            {
                fenceLength = 0;
                return true;
            }
        }

        return InFence;
    }
}
