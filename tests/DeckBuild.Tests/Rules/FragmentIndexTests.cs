namespace DeckBuild.Tests.Rules;

/// <summary><c>data-fragment-index</c> values and slides that mix indexed and unindexed fragments.</summary>
public sealed class FragmentIndexTests : IDisposable
{
    private readonly TestCourse course = new();

    [Theory]
    [InlineData("first")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("+1")]
    public void Index_that_is_not_a_whole_number_from_zero_is_an_error_at_the_value(string index)
    {
        var lines = course.CheckDeck($"<p class=\"fragment\" data-fragment-index=\"{index}\">A</p>\n");

        Assert.Equal(
        [
            $"deck.md(1,42,1,{42 + index.Length}): error DECK401: data-fragment-index=\"{index}\" is not a whole " +
            "number from 0 up; reveal.js would ignore it.",
        ], lines);
    }

    [Fact]
    public void Index_with_surrounding_spaces_is_accepted()
    {
        var result = course.BuildDeck("<p class=\"fragment\" data-fragment-index=\" 2 \">A</p>\n");

        Assert.Empty(course.Lines(result));
        Assert.StartsWith("<section data-deck-steps=\"1\">", DeckPages.Slides(result));
    }

    [Fact]
    public void Index_on_an_element_that_is_not_a_fragment_is_a_warning_at_the_attribute_name()
    {
        var lines = course.CheckDeck("Some <span data-fragment-index=\"1\">text</span>\n");

        Assert.Equal(
        [
            "deck.md(1,12,1,31): warning DECK402: <span> has data-fragment-index=\"1\" but no class \"fragment\", " +
            "so the index does nothing. Add class=\"fragment\" or remove the attribute.",
        ], lines);
    }

    [Fact]
    public void Index_on_a_fragment_of_several_classes_is_fine()
    {
        var lines = course.CheckDeck("<p class=\"fade-up fragment\" data-fragment-index=\"0\">A</p>\n");

        Assert.Empty(lines);
    }

    [Fact]
    public void Unindexed_fragment_among_indexed_ones_is_a_warning_naming_its_step()
    {
        var result = course.BuildDeck(
            "<p class=\"fragment\" data-fragment-index=\"1\">A</p>\n" +
            "<p class=\"fragment\">B</p>\n" +
            "<p class=\"fragment\" data-fragment-index=\"0\">C</p>\n");

        Assert.Equal(
        [
            "deck.md(2,1,2,3): warning DECK403: This fragment has no data-fragment-index while others on the slide " +
            "have one; reveal.js shows it after all indexed fragments (step 3), not in document order. Give it an " +
            "index.",
        ], course.Lines(result));
        Assert.StartsWith("<section data-deck-steps=\"3\">", DeckPages.Slides(result));
    }

    [Fact]
    public void Each_unindexed_fragment_gets_its_own_step_after_the_indexed_ones()
    {
        var lines = course.CheckDeck(
            "<p class=\"fragment\">A</p>\n" +
            "<p class=\"fragment\" data-fragment-index=\"7\">B</p>\n" +
            "<p class=\"fragment\">C</p>\n");

        Assert.Equal(
        [
            "deck.md(1,1,1,3): warning DECK403: This fragment has no data-fragment-index while others on the slide " +
            "have one; reveal.js shows it after all indexed fragments (step 2), not in document order. Give it an " +
            "index.",
            "deck.md(3,1,3,3): warning DECK403: This fragment has no data-fragment-index while others on the slide " +
            "have one; reveal.js shows it after all indexed fragments (step 3), not in document order. Give it an " +
            "index.",
        ], lines);
    }

    [Fact]
    public void Element_comment_fragments_take_part_in_the_check()
    {
        var lines = course.CheckDeck(
            "- A <!-- .element: class=\"fragment\" data-fragment-index=\"0\" -->\n" +
            "- B <!-- .element: class=\"fragment\" -->\n");

        Assert.Equal(
        [
            "deck.md(2,5,2,40): warning DECK403: This fragment has no data-fragment-index while others on the slide " +
            "have one; reveal.js shows it after all indexed fragments (step 2), not in document order. Give it an " +
            "index.",
        ], lines);
    }

    [Fact]
    public void Fragment_with_an_invalid_index_is_not_also_reported_as_unindexed()
    {
        var lines = course.CheckDeck(
            "<p class=\"fragment\" data-fragment-index=\"0\">A</p>\n" +
            "<p class=\"fragment\" data-fragment-index=\"x\">B</p>\n");

        Assert.Equal(
        [
            "deck.md(2,42,2,43): error DECK401: data-fragment-index=\"x\" is not a whole number from 0 up; reveal.js " +
            "would ignore it.",
        ], lines);
    }

    [Fact]
    public void Element_comment_index_is_checked_like_an_html_one()
    {
        var lines = course.CheckDeck(
            "Para <!-- .element: data-fragment-index=\"1\" -->\n\n" +
            "- A <!-- .element: class=\"fragment\" data-fragment-index=\"0\" -->\n" +
            "- B <!-- .element: class=\"fragment\" data-fragment-index=\"-2\" -->\n");

        Assert.Equal(
        [
            "deck.md(1,42,1,43): warning DECK402: <element> has data-fragment-index=\"1\" but no class " +
            "\"fragment\", so the index does nothing. Add class=\"fragment\" or remove the attribute.",
            "deck.md(4,58,4,60): error DECK401: data-fragment-index=\"-2\" is not a whole number from 0 up; " +
            "reveal.js would ignore it.",
        ], lines);
    }

    [Fact]
    public void Slide_with_only_unindexed_fragments_is_fine()
    {
        var result = course.BuildDeck("<p class=\"fragment\">A</p>\n<p class=\"fragment\">B</p>\n");

        Assert.Empty(course.Lines(result));
        Assert.StartsWith("<section data-deck-steps=\"2\">", DeckPages.Slides(result));
    }

    [Fact]
    public void Mixing_is_checked_per_slide()
    {
        var lines = course.CheckDeck(
            "<p class=\"fragment\" data-fragment-index=\"0\">A</p>\n\n---\n\n<p class=\"fragment\">B</p>\n");

        Assert.Empty(lines);
    }

    [Fact]
    public void Fragment_in_a_code_block_is_not_a_fragment()
    {
        var result = course.BuildDeck("```html\n<p class=\"fragment\" data-fragment-index=\"x\">A</p>\n```\n");

        Assert.Empty(course.Lines(result));
        Assert.StartsWith("<section data-deck-steps=\"0\">", DeckPages.Slides(result));
    }

    public void Dispose() => course.Dispose();
}
