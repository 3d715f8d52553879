using System.Text;
using DeckBuild.Courses;
using DeckBuild.Diagnostics;

namespace DeckBuild.Tests.Readers;

/// <summary>Decoding deck files: UTF-8 with or without a byte-order mark, invalid bytes, UTF-16.</summary>
public sealed class DeckFileReaderTests
{
    private const string InvalidUtf8 = "warning DECK102: This byte sequence is not valid UTF-8 and was replaced by " +
        "'\uFFFD'. Save the file as UTF-8.";

    [Fact]
    public void Invalid_byte_is_a_warning_at_its_character()
    {
        var bag = new DiagnosticBag();

        var source = DeckFileReader.Decode("deck.md", Bytes("# A\n", [0x78, 0xFF, 0x79], "\n"), bag);

        Assert.Equal([$"deck.md(2,2,2,3): {InvalidUtf8}"], TestCourse.Format(bag));
        Assert.Equal("# A\nx\uFFFDy\n", source.Text);
    }

    [Fact]
    public void Invalid_byte_after_multibyte_characters_is_placed_by_characters_not_bytes()
    {
        var bag = new DiagnosticBag();

        DeckFileReader.Decode("deck.md", Bytes("é€", [0xC0], "z"), bag);

        Assert.Equal([$"deck.md(1,3,1,4): {InvalidUtf8}"], TestCourse.Format(bag));
    }

    [Fact]
    public void Invalid_byte_after_a_bom_is_placed_without_the_bom()
    {
        var bag = new DiagnosticBag();

        var source = DeckFileReader.Decode("deck.md", Bytes("\uFEFF# A\nab", [0xFE], "c"), bag);

        Assert.Equal([$"deck.md(2,3,2,4): {InvalidUtf8}"], TestCourse.Format(bag));
        Assert.Equal("# A\nab\uFFFDc", source.Text);
    }

    [Fact]
    public void Utf8_bom_is_skipped()
    {
        var bag = new DiagnosticBag();

        var source = DeckFileReader.Decode("deck.md", Bytes("\uFEFF# A\n"), bag);

        Assert.Empty(bag.Items);
        Assert.Equal("# A\n", source.Text);
    }

    [Fact]
    public void Utf16_file_with_a_bom_is_decoded()
    {
        var bag = new DiagnosticBag();
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes("# Ä\n")).ToArray();

        var source = DeckFileReader.Decode("deck.md", bytes, bag);

        Assert.Empty(bag.Items);
        Assert.Equal("# Ä\n", source.Text);
    }

    [Fact]
    public void Missing_file_is_an_error_and_gives_no_text()
    {
        var bag = new DiagnosticBag();
        var path = Path.Combine(Path.GetTempPath(), "deckbuild-tests", Guid.NewGuid().ToString("N") + ".md");

        Assert.Null(DeckFileReader.Read(path, bag));

        var diagnostic = Assert.Single(bag.Items);
        Assert.Equal(("DECK101", path, new Text.SourcePosition(1, 1)), (diagnostic.Code, diagnostic.Path,
            diagnostic.Start));
    }

    [Fact]
    public void Deck_with_an_invalid_byte_still_builds_every_slide()
    {
        using var course = new TestCourse();
        File.WriteAllBytes(Path.Combine(course.SlidesFolder, "deck.md"),
            Bytes("# A\n\nCaf", [0xE9], "\n\n---\n\n# B\n\n<div>\n"));

        var result = course.Build("deck.md");

        Assert.Equal(
        [
            $"deck.md(3,4,3,5): {InvalidUtf8}",
            "deck.md(9,1,9,5): warning DECK110: <div> is never closed in this slide; DeckBuild closes it at the end " +
            "of the slide. Add '</div>' where the element should end.",
        ], course.Lines(result));
        Assert.Equal(2, result.SlideCount);
        Assert.Contains("<p>Caf\uFFFD</p>", DeckPages.Slides(result));
    }

    private static byte[] Bytes(string before, byte[]? bad = null, string after = "") =>
        Encoding.UTF8.GetBytes(before).Concat(bad ?? []).Concat(Encoding.UTF8.GetBytes(after)).ToArray();
}
