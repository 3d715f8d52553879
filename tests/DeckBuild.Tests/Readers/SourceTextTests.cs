using DeckBuild.Text;

namespace DeckBuild.Tests.Readers;

/// <summary>Offsets map to 1-based lines and columns whatever the line breaks are.</summary>
public sealed class SourceTextTests
{
    [Fact]
    public void Lf_text_starts_a_line_after_each_newline()
    {
        var text = new SourceText("deck.md", "ab\ncd\nef");

        Assert.Equal(3, text.LineCount);
        Assert.Equal(new SourcePosition(1, 1), text.GetPosition(0));
        Assert.Equal(new SourcePosition(1, 3), text.GetPosition(2));
        Assert.Equal(new SourcePosition(2, 1), text.GetPosition(3));
        Assert.Equal(new SourcePosition(3, 2), text.GetPosition(7));
    }

    [Fact]
    public void Crlf_counts_as_one_line_break()
    {
        var text = new SourceText("deck.md", "ab\r\ncd\r\nef");

        Assert.Equal(3, text.LineCount);
        Assert.Equal(new SourcePosition(1, 3), text.GetPosition(2));
        Assert.Equal(new SourcePosition(1, 4), text.GetPosition(3));
        Assert.Equal(new SourcePosition(2, 1), text.GetPosition(4));
        Assert.Equal(new SourcePosition(3, 2), text.GetPosition(9));
    }

    [Fact]
    public void Cr_only_breaks_lines_like_old_mac_files()
    {
        var text = new SourceText("deck.md", "ab\rcd\ref");

        Assert.Equal(3, text.LineCount);
        Assert.Equal(new SourcePosition(2, 1), text.GetPosition(3));
        Assert.Equal(new SourcePosition(3, 1), text.GetPosition(6));
    }

    [Fact]
    public void Lf_after_cr_of_another_break_is_a_second_break()
    {
        var text = new SourceText("deck.md", "a\n\rb");

        Assert.Equal(3, text.LineCount);
        Assert.Equal(new SourcePosition(3, 1), text.GetPosition(3));
    }

    [Fact]
    public void Tab_is_one_column()
    {
        var text = new SourceText("deck.md", "x\n\t\t<div>");

        Assert.Equal(new SourcePosition(2, 3), text.GetPosition(4));
        Assert.Equal(new SourcePosition(2, 8), text.GetPosition(9));
    }

    [Fact]
    public void Last_line_without_newline_ends_after_its_last_character()
    {
        var text = new SourceText("deck.md", "a\nbc");

        Assert.Equal(2, text.LineCount);
        Assert.Equal(new SourcePosition(2, 3), text.GetPosition(4));
    }

    [Fact]
    public void Trailing_newline_opens_an_empty_last_line()
    {
        var text = new SourceText("deck.md", "a\n");

        Assert.Equal(2, text.LineCount);
        Assert.Equal(new SourcePosition(2, 1), text.GetPosition(2));
    }

    [Fact]
    public void Offsets_beyond_the_text_are_clamped()
    {
        var text = new SourceText("deck.md", "ab\ncd");

        Assert.Equal(new SourcePosition(1, 1), text.GetPosition(-5));
        Assert.Equal(new SourcePosition(2, 3), text.GetPosition(99));
    }

    [Fact]
    public void Offset_of_line_and_column_inverts_the_position_on_crlf()
    {
        var text = new SourceText("deck.md", "ab\r\n\tcd\r\nef");

        Assert.Equal(5, text.GetOffset(2, 2));
        Assert.Equal(new SourcePosition(2, 2), text.GetPosition(text.GetOffset(2, 2)));
        Assert.Equal(9, text.GetLineStart(3));
    }

    [Fact]
    public void Span_end_position_is_just_after_its_last_character()
    {
        var text = new SourceText("deck.md", "ab\r\n<div>\r\n");
        var span = text.Span(4, 5);

        Assert.Equal("<div>", span.Text);
        Assert.Equal(new SourcePosition(2, 1), span.StartPosition);
        Assert.Equal(new SourcePosition(2, 6), span.EndPosition);
    }
}
