using DeckBuild.Decks;
using DeckBuild.Diagnostics;
using DeckBuild.Text;

namespace DeckBuild.Tests.Readers;

/// <summary>The YAML block at the top of a deck.</summary>
public sealed class FrontMatterTests
{
    private const string KnownKeys =
        "title, theme, highlightTheme, separator, verticalSeparator, notesSeparator, revealOptions";

    [Fact]
    public void Title_and_themes_are_read()
    {
        var (front, lines) = Read(
            "---\ntitle: \"Attention: a course\"\ntheme: black\nhighlightTheme: github\n---\n# A\n");

        Assert.Empty(lines);
        Assert.Equal("Attention: a course", front.Title);
        Assert.Equal("black", front.Theme);
        Assert.Equal("github", front.HighlightTheme);
        Assert.Null(front.RevealOptionsJson);
    }

    [Fact]
    public void Reveal_options_become_a_json_object_with_typed_values()
    {
        var (front, lines) = Read(
            "---\n" +
            "revealOptions:\n" +
            "  transition: fade\n" +
            "  controls: false\n" +
            "  width: 1280\n" +
            "  margin: 0.04\n" +
            "  hash: \"true\"\n" +
            "  keyboard: null\n" +
            "  dependencies: [a, 2]\n" +
            "  menu:\n" +
            "    side: left\n" +
            "---\n");

        Assert.Empty(lines);
        Assert.Equal(
            "{\"transition\":\"fade\",\"controls\":false,\"width\":1280,\"margin\":0.04,\"hash\":\"true\"," +
            "\"keyboard\":null,\"dependencies\":[\"a\",2],\"menu\":{\"side\":\"left\"}}",
            front.RevealOptionsJson);
    }

    [Fact]
    public void Unknown_key_is_a_warning_at_the_key()
    {
        var (front, lines) = Read("---\ntitle: T\nauthor: Me\n---\n# A\n");

        Assert.Equal(
        [
            "deck.md(3,1,3,7): warning DECK104: Unknown front matter key 'author'; it is ignored. " +
            $"Known keys: {KnownKeys}.",
        ], lines);
        Assert.Equal("T", front.Title);
    }

    [Fact]
    public void Unknown_key_on_a_crlf_file_is_reported_on_its_own_line()
    {
        var (_, lines) = Read("---\r\ntitle: T\r\n\r\n  # comment\r\nsubtitle: S\r\n---\r\n");

        Assert.Equal(
        [
            "deck.md(5,1,5,9): warning DECK104: Unknown front matter key 'subtitle'; it is ignored. " +
            $"Known keys: {KnownKeys}.",
        ], lines);
    }

    [Fact]
    public void Invalid_yaml_is_an_error_at_the_offending_character()
    {
        var (front, lines) = Read("---\ntitle: T\ntheme: a: b\n---\n# A\n");

        Assert.Equal(
        [
            "deck.md(3,9,3,10): error DECK103: The front matter is not valid YAML: While scanning a plain scalar " +
            "value, found invalid mapping. Fix the YAML between the opening and closing '---' lines.",
        ], lines);
        Assert.Equal(29, front.BodyStart);
    }

    [Fact]
    public void Slides_after_invalid_front_matter_are_still_split()
    {
        var bag = new DiagnosticBag();
        var deck = DeckParser.Parse(new SourceText("deck.md", "---\ntheme: a: b\n---\n# A\n---\n# B\n"),
            SlideSeparators.Default, bag);

        Assert.Single(bag.Items);
        Assert.Equal(["# A\n", "# B\n"], deck.Slides.Select(s => deck.Source.Text[s.ContentStart..s.ContentEnd]));
    }

    [Fact]
    public void Leading_separator_before_markdown_is_not_front_matter()
    {
        var (front, lines) = Read("---\n# Title\n\nText: with: colons\n---\n# B\n");

        Assert.Empty(lines);
        Assert.Same(FrontMatter.Empty, front);
    }

    [Fact]
    public void Deck_without_front_matter_starts_at_zero()
    {
        var (front, lines) = Read("# A\ntitle: no\n---\n");

        Assert.Empty(lines);
        Assert.Equal(0, front.BodyStart);
        Assert.Null(front.Title);
    }

    private static (FrontMatter FrontMatter, List<string> Lines) Read(string text)
    {
        var bag = new DiagnosticBag();
        var front = FrontMatterReader.Read(new SourceText("deck.md", text), bag);
        return (front, TestCourse.Format(bag).ToList());
    }
}
