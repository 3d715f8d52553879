using DeckBuild.Decks;
using DeckBuild.Diagnostics;
using DeckBuild.Text;

namespace DeckBuild.Tests.Readers;

/// <summary>Splitting a deck into horizontal and vertical slides and speaker notes.</summary>
public sealed class DeckParserTests
{
    [Fact]
    public void Three_dashes_split_horizontal_slides()
    {
        var deck = Parse("# A\n---\n# B\n---\n# C\n");

        Assert.Equal([(0, 0), (1, 0), (2, 0)], deck.Slides.Select(s => (s.Horizontal, s.Vertical)));
        Assert.Equal(["# A\n", "# B\n", "# C\n"], Contents(deck));
    }

    [Fact]
    public void Two_dashes_split_vertical_slides_in_one_stack()
    {
        var deck = Parse("# A\n---\n# B\n--\n# C\n--\n# D\n---\n# E");

        Assert.Equal([(1, 0, 0), (2, 1, 0), (3, 1, 1), (4, 1, 2), (5, 2, 0)],
            deck.Slides.Select(s => (s.Number, s.Horizontal, s.Vertical)));
        Assert.Equal([1, 3, 1], deck.Stacks.Select(s => s.Count));
        Assert.Equal(["# A\n", "# B\n", "# C\n", "# D\n", "# E"], Contents(deck));
    }

    [Fact]
    public void Separator_with_trailing_spaces_still_splits()
    {
        var deck = Parse("# A\n---  \n# B");

        Assert.Equal(["# A\n", "# B"], Contents(deck));
    }

    [Fact]
    public void Longer_or_indented_dash_lines_do_not_split()
    {
        var deck = Parse("# A\n----\n ---\n# B");

        Assert.Equal(["# A\n----\n ---\n# B"], Contents(deck));
    }

    [Fact]
    public void Separator_inside_a_fenced_code_block_stays_code()
    {
        var deck = Parse("```yaml\n---\n--\nNote: not a note\n```\n---\n~~~~\n---\n~~~~\n");

        Assert.Equal(["```yaml\n---\n--\nNote: not a note\n```\n", "~~~~\n---\n~~~~\n"], Contents(deck));
        Assert.All(deck.Slides, s => Assert.False(s.HasNotes));
    }

    [Fact]
    public void Separator_after_a_closed_fence_splits_again()
    {
        var deck = Parse("```\ncode\n```\n---\n# B\n");

        Assert.Equal(2, deck.Slides.Count);
    }

    [Fact]
    public void Crlf_separators_split_and_keep_offsets_in_the_file()
    {
        var deck = Parse("# A\r\n---\r\n# B\r\n--\r\n# C");

        Assert.Equal(["# A\r\n", "# B\r\n", "# C"], Contents(deck));
        Assert.Equal([(0, 0), (1, 0), (1, 1)], deck.Slides.Select(s => (s.Horizontal, s.Vertical)));
    }

    [Fact]
    public void Note_line_starts_the_speaker_notes()
    {
        var deck = Parse("# A\nText\nNote: say hello\nand more\n---\n# B\n");

        var slide = deck.Slides[0];
        Assert.Equal("# A\nText\n", deck.Source.Text[slide.ContentStart..slide.ContentEnd]);
        Assert.Equal(" say hello\nand more\n", deck.Source.Text[slide.NotesStart..slide.End]);
        Assert.False(deck.Slides[1].HasNotes);
    }

    [Theory]
    [InlineData("Notes:")]
    [InlineData("NOTE:")]
    [InlineData("  notes:")]
    public void Notes_marker_is_case_insensitive_and_may_be_indented(string marker)
    {
        var deck = Parse($"# A\n{marker} hi\n");

        var slide = Assert.Single(deck.Slides);
        Assert.Equal("# A\n", deck.Source.Text[slide.ContentStart..slide.ContentEnd]);
        Assert.Equal(" hi\n", deck.Source.Text[slide.NotesStart..slide.End]);
    }

    [Fact]
    public void Only_the_first_notes_marker_of_a_slide_counts()
    {
        var deck = Parse("# A\nNote: one\nNote: two\n");

        var slide = Assert.Single(deck.Slides);
        Assert.Equal(" one\nNote: two\n", deck.Source.Text[slide.NotesStart..slide.End]);
    }

    [Fact]
    public void Front_matter_separator_replaces_the_horizontal_separator()
    {
        var deck = Parse("---\nseparator: '^===$'\n---\n# A\n===\n# B\n---\n# C\n");

        Assert.Equal("^===$", deck.FrontMatter.Separator);
        Assert.Equal(["# A\n", "# B\n---\n# C\n"], Contents(deck));
    }

    [Fact]
    public void Front_matter_vertical_and_notes_separators_replace_the_defaults()
    {
        var deck = Parse("---\nverticalSeparator: '^\\+\\+$'\nnotesSeparator: '^Speaker:'\n---\n" +
            "# A\n--\n++\n# B\nNote: stays\nSpeaker: said\n");

        Assert.Equal([(0, 0), (0, 1)], deck.Slides.Select(s => (s.Horizontal, s.Vertical)));
        var second = deck.Slides[1];
        Assert.Equal("# A\n--\n", Contents(deck)[0]);
        Assert.Equal("# B\nNote: stays\n", deck.Source.Text[second.ContentStart..second.ContentEnd]);
        Assert.Equal(" said\n", deck.Source.Text[second.NotesStart..second.End]);
    }

    [Fact]
    public void Invalid_separator_pattern_is_reported_at_its_value_and_the_default_kept()
    {
        var bag = new DiagnosticBag();
        var deck = DeckParser.Parse(new SourceText("deck.md", "---\nseparator: '('\n---\n# A\n---\n# B\n"),
            SlideSeparators.Default, bag);

        Assert.Equal(
        [
            "deck.md(2,12,2,15): error DECK105: Front matter key 'separator' has the invalid value '(': Invalid " +
            "pattern '(' at offset 1. Not enough )'s.",
        ], TestCourse.Format(bag));
        Assert.Equal(2, deck.Slides.Count);
    }

    [Fact]
    public void Invalid_vertical_separator_is_reported_under_its_own_key_and_the_others_still_apply()
    {
        var bag = new DiagnosticBag();
        var deck = DeckParser.Parse(
            new SourceText("deck.md",
                "---\nseparator: '^===$'\nverticalSeparator: '(x'\n---\n# A\n===\n# B\n--\n# C\n"),
            SlideSeparators.Default, bag);

        Assert.Equal(
        [
            "deck.md(3,20,3,24): error DECK105: Front matter key 'verticalSeparator' has the invalid value '(x': " +
            "Invalid pattern '(x' at offset 2. Not enough )'s.",
        ], TestCourse.Format(bag));
        Assert.Equal([(0, 0), (1, 0), (1, 1)], deck.Slides.Select(s => (s.Horizontal, s.Vertical)));
    }

    [Fact]
    public void Slides_of_a_deck_with_front_matter_start_after_it()
    {
        var deck = Parse("---\ntitle: T\n---\n# A\n---\n# B\n");

        Assert.Equal(["# A\n", "# B\n"], Contents(deck));
        Assert.Equal(17, deck.FrontMatter.BodyStart);
    }

    private static Deck Parse(string text)
    {
        var bag = new DiagnosticBag();
        var deck = DeckParser.Parse(new SourceText("deck.md", text), SlideSeparators.Default, bag);
        Assert.Empty(TestCourse.Format(bag));
        return deck;
    }

    private static List<string> Contents(Deck deck) =>
        deck.Slides.Select(s => deck.Source.Text[s.ContentStart..s.ContentEnd]).ToList();
}
