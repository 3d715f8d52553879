using System.Text;

namespace DeckBuild.Tests.Fuzz;

/// <summary>
/// Turns a real deck or timeline into a damaged one: truncations, byte flips, insertions of the tokens DeckBuild
/// parses, invalid UTF-8, a BOM, NUL bytes, mixed line endings and huge numbers. Deterministic for a seed.
/// </summary>
public sealed class Mutator(int seed)
{
    private static readonly string[] Tokens =
    [
        "\n---\n", "\n--\n", "{{", "}}", "{{TIMELINE:timeline_deep_software}}", "{{TIMELINE:}}", "<div", "</div>",
        "<div class=\"timeline\" style=\"--start-year: 2013; --end-year: 2023;\">", "\n```\n", "\n```csharp\n",
        "\n~~~\n", "\"", "'", " data-fragment-index=\"99999999999999999999999\"", " class=\"fragment\"",
        " data-timeline-fragments-select=\"2017:0,,:,x:y,2018:-1,1e400:1\"", "<!--", "-->",
        "<!-- .element: class=\"fragment\" -->", "<!-- .slide: data-background-image=\"../../../etc/passwd\" -->",
        "$", "$$", "\\(", "<script>", "<textarea>", "\nNote:\n", "![x](<a b.png>)", "99999999999999999999999",
        "-2147483649", "\t", "\r", "\r\n", "\0", "\uFEFF", "&#x110000;", "<img src=\"/../../x.png\">", "`",
        "\n- year: 1989.2\n  position: 1989.2\n", "\n  name: [a, b]\n", ": : :", "\n...\n", "\n- ",
        "[a](", "](", "\\(", "[^1]", "\n[^1]: ", "<!-- .slide: ", "\u00A0", "</div<div>", "<li", "<p/>", "<%", "/>",
        "\n      - ", "\n\t- ", "\n1. ", "\n> - ", "<table><tr><td>",
    ];

    private readonly Random random = new(seed);

    public byte[] Mutate(byte[] input)
    {
        var bytes = new List<byte>(input);
        var rounds = random.Next(1, 6);
        for (var i = 0; i < rounds; i++)
        {
            Apply(bytes, random.Next(7));
        }

        return bytes.ToArray();
    }

    private void Apply(List<byte> bytes, int kind)
    {
        var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count + 1);
        switch (kind)
        {
            case 0 when bytes.Count > 0:
                var from = Math.Min(at, bytes.Count - 1);
                bytes.RemoveRange(from, bytes.Count - from);
                break;
            case 1 when bytes.Count > 0:
                var flip = random.Next(bytes.Count);
                bytes[flip] ^= (byte)(1 << random.Next(8));
                break;
            case 2:
                bytes.InsertRange(at, [0xC3, 0x28, 0xFF, 0xFE, 0x80]);
                break;
            case 3:
                bytes.InsertRange(0, [0xEF, 0xBB, 0xBF]);
                break;
            case 4:
                MixLineEndings(bytes);
                break;
            default:
                var token = Tokens[random.Next(Tokens.Length)];
                bytes.InsertRange(at, Encoding.UTF8.GetBytes(token));
                break;
        }
    }

    private void MixLineEndings(List<byte> bytes)
    {
        for (var i = 0; i < bytes.Count; i++)
        {
            if (bytes[i] == (byte)'\n' && random.Next(3) == 0)
            {
                if (random.Next(2) == 0)
                {
                    bytes[i] = (byte)'\r';
                }
                else
                {
                    bytes.Insert(i, (byte)'\r');
                    i++;
                }
            }
        }
    }
}
