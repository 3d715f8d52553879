using System.Text;

namespace DeckBuild.Testing;

/// <summary>Decks at the size limits a user would call reasonable, made to any size: the tests build them at the
/// limit, the benchmark at n and 2n.</summary>
public static class LimitDecks
{
    /// <summary>About 1.4 KB: 7,200 of them make a 10 MB deck.</summary>
    public static string Slide { get; } = "## Slide\n\n" +
        Repeat(20, "Text with $x^2$, **bold** and <span class=\"fragment\">steps</span>. ") +
        "\n\n- a\n- b\n\n```csharp\nvar x = 1;\n```\n\n---\n";

    public static string Slides(int count) => Repeat(count, Slide);

    public static string NestedDivs(int depth) => Repeat(depth, "<div>") + "x" + Repeat(depth, "</div>") + "\n";

    public static string NestedQuotes(int depth) => new string('>', depth) + " quoted\n";

    /// <summary>A list nested <paramref name="depth"/> deep, each item indented two more spaces: about depth²
    /// characters.</summary>
    public static string NestedList(int depth, bool loose = false) => string.Concat(Enumerable.Range(0, depth)
        .Select(i => new string(' ', 2 * i) + (loose ? "- item\n\n" : "- item\n")));

    public static string LongLine(int characters) => Repeat(characters / 10, "word word ") + "\n";

    public static string UnclosedLinks(int characters) => Repeat(characters / 4, "[a](") + "\n";

    public static string PlaceholderStarts(int characters) => Repeat(characters / 11, "{{TIMELINE:") + "\n";

    public static string Repeat(int count, string text) =>
        new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
