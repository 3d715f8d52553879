using System.Text;

namespace DeckBuild.Html;

/// <summary>
/// A copy of a slide's text in which code and math are blanked out, keeping every line break and offset, so an
/// HTML parser sees only real markup and reports positions that are valid in the deck file.
/// </summary>
public static class HtmlMask
{
    public static string Apply(string text, int start, int end, IEnumerable<(int Start, int End)> blanks)
    {
        var builder = new StringBuilder(text, start, end - start, end - start);
        foreach (var (blankStart, blankEnd) in blanks)
        {
            for (var i = Math.Max(blankStart, start); i < Math.Min(blankEnd, end); i++)
            {
                if (builder[i - start] is not ('\r' or '\n'))
                {
                    builder[i - start] = ' ';
                }
            }
        }

        return builder.ToString();
    }
}
