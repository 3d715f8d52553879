using DeckBuild.Text;

namespace DeckBuild.Tests.Readers;

/// <summary>Splitting text into physical lines, agreeing with <see cref="SourceText"/>.</summary>
public sealed class LineReaderTests
{
    [Fact]
    public void Every_kind_of_line_break_ends_a_line()
    {
        var lines = LineReader.Lines("a\r\nbb\rc\nd").ToList();

        Assert.Equal(
        [
            new SourceLine(0, 1, 3),
            new SourceLine(3, 2, 6),
            new SourceLine(6, 1, 8),
            new SourceLine(8, 1, 9),
        ], lines);
    }

    [Fact]
    public void Last_line_without_newline_ends_at_the_end_of_the_text()
    {
        var line = LineReader.Lines("ab\ncd").Last();

        Assert.Equal(new SourceLine(3, 2, 5), line);
        Assert.Equal(5, line.ContentEnd);
    }

    [Fact]
    public void Trailing_newline_gives_no_empty_line()
    {
        var lines = LineReader.Lines("ab\n").ToList();

        Assert.Equal([new SourceLine(0, 2, 3)], lines);
    }

    [Fact]
    public void Tab_counts_as_one_character_of_content()
    {
        var line = Assert.Single(LineReader.Lines("\t\tx"));

        Assert.Equal(3, line.ContentLength);
    }

    [Fact]
    public void Range_reads_only_lines_between_start_and_end()
    {
        var lines = LineReader.Lines("aa\nbb\ncc\n", 3, 6).ToList();

        Assert.Equal([new SourceLine(3, 2, 6)], lines);
    }

    [Fact]
    public void Crlf_split_by_the_end_of_the_range_is_cut_there()
    {
        var lines = LineReader.Lines("ab\r\ncd", 0, 3).ToList();

        Assert.Equal([new SourceLine(0, 2, 3)], lines);
    }

    [Fact]
    public void Each_line_starts_at_column_one_of_the_matching_source_line()
    {
        const string text = "one\r\ntwo\rthree\nfour";
        var source = new SourceText("deck.md", text);

        var positions = LineReader.Lines(text).Select(l => source.GetPosition(l.Start)).ToList();

        Assert.Equal([new(1, 1), new(2, 1), new(3, 1), new(4, 1)], positions);
    }
}
