using DeckBuild.Diagnostics;
using DeckBuild.Text;
using DeckBuild.Timelines;

namespace DeckBuild.Tests.Readers;

/// <summary>Reading YAML timeline files, with an exact position for every problem.</summary>
public sealed class YamlTimelineReaderTests
{
    [Fact]
    public void Valid_file_gives_its_events_in_axis_order()
    {
        var (timeline, lines) = Read(
            "- year: 2017\n" +
            "  name: Transformers\n" +
            "  author: Vaswani et al.\n" +
            "- year: 2012\n" +
            "  name: \"AlexNet\"\n");

        Assert.Empty(lines);
        Assert.Equal("milestones", timeline.Name);
        Assert.Equal("timelines/milestones.yml", timeline.Path);
        Assert.Equal([(2012, 2012m, "AlexNet", null), (2017, 2017m, "Transformers", "Vaswani et al.")],
            timeline.Events.Select(e => (e.Year, e.Position, e.Name, e.Author)));
        Assert.Equal([new SourcePosition(4, 3), new SourcePosition(1, 3)],
            timeline.Events.Select(e => e.Span.StartPosition));
    }

    [Fact]
    public void Empty_file_has_no_events_and_no_diagnostics()
    {
        var (timeline, lines) = Read("");

        Assert.Empty(lines);
        Assert.Empty(timeline.Events);
    }

    [Fact]
    public void Unknown_key_is_an_error_at_the_key_and_the_event_is_kept()
    {
        var (timeline, lines) = Read("- year: 2017\n  name: T\n  autor: X\n");

        Assert.Equal(
        [
            "timelines/milestones.yml(3,3,3,8): error DECK202: Unknown key 'autor' in a timeline event. " +
            "Allowed keys: year, name, author, position.",
        ], lines);
        Assert.Equal("T", Assert.Single(timeline.Events).Name);
    }

    [Fact]
    public void Missing_name_is_an_error_at_the_event()
    {
        var (timeline, lines) = Read("- year: 2016\n  name: A\n- year: 2017\n  author: X\n");

        Assert.Equal(
        [
            "timelines/milestones.yml(3,3,3,4): error DECK203: This timeline event has no 'name'. " +
            "Every event needs a year and a name.",
        ], lines);
        Assert.Equal(2016, Assert.Single(timeline.Events).Year);
    }

    [Fact]
    public void Missing_year_and_name_are_both_reported()
    {
        var (timeline, lines) = Read("- author: X\n");

        Assert.Equal(
        [
            "timelines/milestones.yml(1,3,1,4): error DECK203: This timeline event has no 'name'. " +
            "Every event needs a year and a name.",
            "timelines/milestones.yml(1,3,1,4): error DECK203: This timeline event has no 'year'. " +
            "Every event needs a year and a name.",
        ], lines);
        Assert.Empty(timeline.Events);
    }

    [Fact]
    public void Duplicate_key_is_an_error_at_the_second_key_and_the_first_value_wins()
    {
        var (timeline, lines) = Read("- year: 2017\n  name: A\n  name: B\n");

        Assert.Equal(
        [
            "timelines/milestones.yml(3,3,3,7): error DECK204: Key 'name' appears twice in this timeline event; " +
            "keep one of them.",
        ], lines);
        Assert.Equal("A", Assert.Single(timeline.Events).Name);
    }

    [Theory]
    [InlineData("2017a")]
    [InlineData("2017.5")]
    public void Year_that_is_not_a_whole_number_is_an_error_at_the_value(string year)
    {
        var (timeline, lines) = Read($"- year: {year}\n  name: T\n");

        Assert.Equal(
        [
            $"timelines/milestones.yml(1,9,1,{9 + year.Length}): error DECK205: '{year}' is not a valid year: " +
            "use a whole year such as 2017.",
        ], lines);
        Assert.Empty(timeline.Events);
    }

    [Theory]
    [InlineData("1990.5")]
    [InlineData("1988.9")]
    [InlineData("soon")]
    public void Position_outside_its_year_is_an_error_at_the_value(string position)
    {
        var (timeline, lines) = Read($"- year: 1989\n  name: A\n  position: {position}\n");

        Assert.Equal(
        [
            $"timelines/milestones.yml(3,13,3,{13 + position.Length}): error DECK205: '{position}' is not a valid " +
            "position: use a number from 1989 up to but not including 1990, such as 1989.2.",
        ], lines);
        Assert.Empty(timeline.Events);
    }

    [Fact]
    public void Position_example_lies_inside_a_year_before_the_common_era()
    {
        var (_, lines) = Read("- year: -300\n  name: Euclid\n  position: -300.5\n");

        Assert.Equal(
        [
            "timelines/milestones.yml(3,13,3,19): error DECK205: '-300.5' is not a valid position: use a number " +
            "from -300 up to but not including -299, such as -299.8.",
        ], lines);
    }

    [Fact]
    public void Position_inside_a_year_before_the_common_era_is_accepted()
    {
        var (timeline, lines) = Read("- year: -300\n  name: Euclid\n  position: -299.8\n");

        Assert.Empty(lines);
        Assert.Equal(-299.8m, Assert.Single(timeline.Events).Position);
    }

    [Fact]
    public void Value_that_is_not_a_scalar_is_an_error_and_the_event_lacks_that_field()
    {
        var (_, lines) = Read("- year: 2017\n  name:\n    - a\n");

        Assert.Equal(
        [
            "timelines/milestones.yml(1,3,1,4): error DECK203: This timeline event has no 'name'. " +
            "Every event needs a year and a name.",
            "timelines/milestones.yml(3,5,3,6): error DECK205: 'name' is not a valid event field: write a single " +
            "value on the same line as the key.",
        ], lines);
    }

    [Fact]
    public void Mapping_at_the_top_instead_of_a_list_is_a_syntax_error()
    {
        var (_, lines) = Read("year: 2017\nname: A\n");

        Assert.Equal(
        [
            "timelines/milestones.yml(1,1,1,2): error DECK201: The timeline file is not valid: a timeline file " +
            "holds a list of events, each starting with '- year:'.",
        ], lines);
    }

    [Fact]
    public void Yaml_syntax_error_is_reported_at_its_exact_line_and_column()
    {
        var (timeline, lines) = Read("- year: 2016\n  name: A\n- year: 2017\n  name: B: C\n");

        Assert.Equal(
        [
            "timelines/milestones.yml(4,10,4,11): error DECK201: The timeline file is not valid: While scanning " +
            "a plain scalar value, found invalid mapping.",
        ], lines);
        Assert.Equal("A", Assert.Single(timeline.Events).Name);
    }

    [Fact]
    public void Yaml_syntax_error_on_a_crlf_file_is_reported_at_its_exact_line_and_column()
    {
        var (_, lines) = Read("- year: 2016\r\n  name: A\r\n- year: 2017\r\n  name: B: C\r\n");

        Assert.Equal(
        [
            "timelines/milestones.yml(4,10,4,11): error DECK201: The timeline file is not valid: While scanning " +
            "a plain scalar value, found invalid mapping.",
        ], lines);
    }

    [Fact]
    public void Fractional_position_keeps_two_events_of_one_year_apart()
    {
        var (timeline, lines) = Read(
            "- year: 1989\n  name: B\n  position: 1989.2\n" +
            "- year: 1989\n  name: A\n");

        Assert.Empty(lines);
        Assert.Equal([(1989, 1989m, "1989", "A"), (1989, 1989.2m, "1989.2", "B")],
            timeline.Events.Select(e => (e.Year, e.Position, e.PositionText, e.Name)));
        Assert.Equal(["A", "B"], timeline.EventsAt(1989).Select(e => e.Name));
        Assert.Equal(["B"], timeline.EventsAt(1989.2m).Select(e => e.Name));
    }

    private static (Timeline Timeline, List<string> Lines) Read(string text)
    {
        var bag = new DiagnosticBag();
        var timeline = YamlTimelineReader.Read("milestones", new SourceText("timelines/milestones.yml", text), bag);
        return (timeline, TestCourse.Format(bag).ToList());
    }
}
