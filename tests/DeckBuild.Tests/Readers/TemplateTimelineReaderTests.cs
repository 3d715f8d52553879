using DeckBuild.Courses;
using DeckBuild.Diagnostics;
using DeckBuild.Text;
using DeckBuild.Timelines;

namespace DeckBuild.Tests.Readers;

/// <summary>Reading timelines in the older HTML template format.</summary>
public sealed class TemplateTimelineReaderTests
{
    [Fact]
    public void Seed_file_gives_every_item_with_its_fractional_position()
    {
        var path = RepositoryPaths.Of("seeds/timelines/timeline_deep_audio_key_milestones.html");
        var bag = new DiagnosticBag();
        var source = DeckFileReader.Read(path, bag)!;

        var timeline = TemplateTimelineReader.Read("timeline_deep_audio_key_milestones", source, bag);

        Assert.Empty(bag.Items);
        Assert.Equal(
        [
            (2016, 2016m, "WaveNet", "Oord et al."),
            (2017, 2017m, "Neural Synthesis", "Engel et al."),
            (2019, 2019m, "Real-time Amp Emul.", "Damskägg et al."),
            (2019, 2019.1m, "DDSP", "Engel et al."),
            (2020, 2020m, "Automatic Mixing", "Steinmetz et al."),
            (2021, 2021m, "RAVE", "Caillon & Esling"),
            (2022, 2022m, "CLAP", "Benjamin, et al."),
            (2024, 2024m, "Stable Audio", "Evans et al."),
            (2025, 2025m, "Lyria 2", "The Lyria Team"),
        ], timeline.Events.Select(e => (e.Year, e.Position, e.Name, e.Author)));
        Assert.Equal("2019.1", timeline.Events[3].PositionText);
        Assert.Equal(new SourcePosition(29, 1), timeline.Events[3].Span.StartPosition);
    }

    [Fact]
    public void Item_without_a_year_style_is_an_error_at_its_tag()
    {
        var (timeline, lines) = Read(
            "<div class=\"timeline-item\" style=\"--year: 2000;\"><div class=\"timeline-name\">A</div></div>\n" +
            "  <div class=\"timeline-item\"><div class=\"timeline-name\">B</div></div>\n");

        Assert.Equal(
        [
            "t.html(2,3,2,7): error DECK201: The timeline file is not valid: this timeline-item has no " +
            "style=\"--year: Y;\" with a number; add one.",
        ], lines);
        Assert.Equal("A", Assert.Single(timeline.Events).Name);
    }

    [Fact]
    public void Item_without_a_name_is_an_error_at_its_tag()
    {
        var (timeline, lines) = Read(
            "<div class=\"timeline-item\" style=\"--year: 2000;\"><div class=\"timeline-year\">2000</div></div>\n");

        Assert.Equal(
        [
            "t.html(1,1,1,5): error DECK203: This timeline event has no 'name'. Every event needs a year and a name.",
        ], lines);
        Assert.Empty(timeline.Events);
    }

    [Fact]
    public void File_without_items_is_an_error()
    {
        var (_, lines) = Read("<p>nothing here</p>\n");

        Assert.Equal(
        [
            "t.html(1,1,1,1): error DECK201: The timeline file is not valid: no element with " +
            "class=\"timeline-item\" was found; each event needs one.",
        ], lines);
    }

    [Fact]
    public void Names_are_decoded_and_their_white_space_collapsed()
    {
        var (timeline, lines) = Read(
            "<div class=\"timeline-item\" style=\"--year: 1948;\">\n" +
            "  <div class=\"timeline-name\">Information\n      &amp; Entropy</div>\n" +
            "  <div class=\"timeline-author\"> </div>\n</div>\n");

        Assert.Empty(lines);
        var item = Assert.Single(timeline.Events);
        Assert.Equal(("Information & Entropy", (string?)null, 1948), (item.Name, item.Author, item.Year));
    }

    [Fact]
    public void Year_beyond_any_calendar_is_an_invalid_value_at_the_style()
    {
        var (timeline, lines) = Read("<div class=\"timeline-item\" style=\"--year: 99999999999.5;\">" +
            "<div class=\"timeline-name\">A</div></div>\n");

        Assert.Equal(
        [
            "t.html(1,35,1,57): error DECK205: '99999999999.5' is not a valid year: use a year such as 2017.",
        ], lines);
        Assert.Empty(timeline.Events);
    }

    private static (Timeline Timeline, List<string> Lines) Read(string text)
    {
        var bag = new DiagnosticBag();
        var timeline = TemplateTimelineReader.Read("t", new SourceText("t.html", text), bag);
        return (timeline, TestCourse.Format(bag).ToList());
    }
}
