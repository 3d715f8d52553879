namespace DeckBuild.Tests.Rules;

/// <summary>
/// <c>{{TIMELINE:name}}</c> placeholders: their timeline, their <c>.timeline</c> element, its year range and its
/// fragment lists, and the HTML they turn into.
/// </summary>
public sealed class TimelinePlaceholderTests : IDisposable
{
    private const string Milestones =
        "- year: 2012\n  name: AlexNet\n  author: Krizhevsky et al.\n" +
        "- year: 2014\n  name: GANs\n" +
        "- year: 2017\n  name: Transformers\n" +
        "- year: 2020\n  name: GPT-3\n";

    private const string Range = "style=\"--start-year: 2010; --end-year: 2020;\"";
    private const string Placeholder = "{{TIMELINE:milestones}}";
    private const string YearRangeFix =
        "Add style=\"--start-year: 1950; --end-year: 2020;\" with whole years, the start before the end.";

    private readonly TestCourse course = new();

    public TimelinePlaceholderTests() => course.Write("timelines/milestones.yml", Milestones);

    [Fact]
    public void Unknown_timeline_suggests_the_closest_name()
    {
        var lines = course.CheckDeck(Timeline(Range, "{{TIMELINE:milestone}}"));

        Assert.Equal(
        [
            "deck.md(2,16,2,25): error DECK301: There is no timeline named 'milestone'. Did you mean " +
            "'milestones'? Timelines are the DeckTimeline files, each named after its file.",
        ], lines);
    }

    [Fact]
    public void Unknown_timeline_far_from_every_name_gets_no_suggestion()
    {
        var lines = course.CheckDeck(Timeline(Range, "{{TIMELINE:calculus}}"));

        Assert.Equal(
        [
            "deck.md(2,16,2,24): error DECK301: There is no timeline named 'calculus'. Timelines are the " +
            "DeckTimeline files, each named after its file.",
        ], lines);
    }

    [Fact]
    public void Unknown_timeline_in_a_course_without_timelines_says_so()
    {
        using var empty = new TestCourse();
        empty.Write("deck.md", Timeline(Range));

        var lines = empty.Lines(empty.Build("deck.md"));

        Assert.Equal(
        [
            "deck.md(2,16,2,26): error DECK301: There is no timeline named 'milestones'. The course has no " +
            "timelines. Timelines are the DeckTimeline files, each named after its file.",
        ], lines);
    }

    [Fact]
    public void Placeholder_in_plain_text_is_outside_a_timeline()
    {
        var lines = course.CheckDeck("Text {{TIMELINE:milestones}} here\n");

        Assert.Equal(
        [
            "deck.md(1,6,1,29): error DECK302: '{{TIMELINE:milestones}}' must sit inside an element with " +
            "class=\"timeline\" and a style giving --start-year and --end-year.",
        ], lines);
    }

    [Fact]
    public void Placeholder_in_an_element_of_another_class_is_outside_a_timeline()
    {
        var lines = course.CheckDeck("<div class=\"timeline-container\">\n    {{TIMELINE:milestones}}\n</div>\n");

        Assert.Equal(
        [
            "deck.md(2,5,2,28): error DECK302: '{{TIMELINE:milestones}}' must sit inside an element with " +
            "class=\"timeline\" and a style giving --start-year and --end-year.",
        ], lines);
    }

    [Fact]
    public void Timeline_element_without_a_style_lacks_both_years()
    {
        var lines = course.CheckDeck("<div class=\"timeline\">\n    {{TIMELINE:milestones}}\n</div>\n");

        Assert.Equal(
        [
            $"deck.md(1,1,1,5): error DECK303: This timeline element has no --end-year in its style. {YearRangeFix}",
            $"deck.md(1,1,1,5): error DECK303: This timeline element has no --start-year in its style. {YearRangeFix}",
        ], lines);
    }

    [Fact]
    public void Start_year_after_end_year_is_reported_at_the_style()
    {
        var lines = course.CheckDeck(Timeline("style=\"--start-year: 2020; --end-year: 2010;\""));

        Assert.Equal(
        [
            "deck.md(1,30,1,67): error DECK303: This timeline element starts at 2020 but ends at 2010, which is " +
            $"not later. {YearRangeFix}",
        ], lines);
    }

    [Fact]
    public void Year_that_is_not_a_whole_number_is_reported_at_the_style()
    {
        var lines = course.CheckDeck(Timeline("style=\"width: 80%; --start-year: 20x0; --end-year: 2020\""));

        Assert.Equal(
        [
            "deck.md(1,30,1,78): error DECK303: This timeline element has --start-year '20x0', which is not a " +
            $"whole year. {YearRangeFix}",
        ], lines);
    }

    [Fact]
    public void Entry_without_a_colon_is_not_year_index()
    {
        var lines = course.CheckDeck(Timeline(Range + " data-timeline-fragments-select=\"2017-0\""));

        Assert.Equal(
        [
            "deck.md(1,101,1,107): error DECK304: '2017-0' in data-timeline-fragments-select is not 'year:index'; " +
            "write entries such as \"2017:0,2018:1\".",
        ], lines);
    }

    [Fact]
    public void Year_without_an_event_lists_the_years_there_are()
    {
        var lines = course.CheckDeck(Timeline(Range + " data-timeline-fragments-select=\"2013:0\""));

        Assert.Equal(
        [
            "deck.md(1,101,1,107): error DECK305: Timeline 'milestones' has no event in 2013; its events are at " +
            "2012, 2014, 2017, 2020.",
        ], lines);
    }

    [Fact]
    public void Index_that_is_not_a_whole_number_from_zero_is_reported_at_the_index()
    {
        var lines = course.CheckDeck(Timeline(Range + " data-timeline-fragments-select=\"2017:x,2014:-1\""));

        Assert.Equal(
        [
            "deck.md(1,106,1,107): error DECK306: 'x' is not a fragment index; use a whole number from 0 up, as in " +
            "\"2017:0\".",
            "deck.md(1,113,1,115): error DECK306: '-1' is not a fragment index; use a whole number from 0 up, as " +
            "in \"2014:0\".",
        ], lines);
    }

    [Fact]
    public void Event_outside_the_year_range_is_a_warning_at_the_placeholder()
    {
        var result = course.BuildDeck(Timeline("style=\"--start-year: 2011; --end-year: 2018;\""));

        Assert.Equal(
        [
            "deck.md(2,5,2,28): warning DECK307: Event 'GPT-3' (2020) of timeline 'milestones' lies outside " +
            "--start-year 2011 .. --end-year 2018 and is left out. Widen the range to show it.",
        ], course.Lines(result));
        Assert.DoesNotContain("GPT-3", DeckPages.Slides(result));
        Assert.Contains("<div class=\"timeline-name\">Transformers</div>", DeckPages.Slides(result));
    }

    [Fact]
    public void Year_named_in_two_lists_is_a_warning_and_the_first_list_wins()
    {
        var result = course.BuildDeck(Timeline(Range + " data-timeline-fragments-select=\"2017:0\" " +
            "data-timeline-fragments-color-1=\"2014:1, 2017:2\""));

        Assert.Equal(
        [
            "deck.md(1,150,1,156): warning DECK308: 2017 is already named in '2017:0' of " +
            "data-timeline-fragments-select at column 101; the first one wins. Name each year once.",
        ], course.Lines(result));
        var slides = DeckPages.Slides(result);
        Assert.Contains(
            "    <div class=\"timeline-dot fragment custom select\" style=\"--year: 2017;\" " +
            "data-fragment-index=\"0\"></div>\n", slides);
        Assert.DoesNotContain("data-fragment-index=\"2\"", slides);
    }

    [Fact]
    public void Unknown_data_timeline_attributes_are_warnings_at_their_names()
    {
        var lines = course.CheckDeck(Timeline(Range + " data-timeline-fragment-select=\"2017:0\" " +
            "data-timeline-fragments-color-3=\"2014:1\""));

        Assert.Equal(
        [
            "deck.md(1,69,1,98): warning DECK309: 'data-timeline-fragment-select' is not a timeline attribute and " +
            "does nothing. Use data-timeline-fragments-select or data-timeline-fragments-color-0, -1 or -2.",
            "deck.md(1,108,1,139): warning DECK309: 'data-timeline-fragments-color-3' is not a timeline attribute " +
            "and does nothing. Use data-timeline-fragments-select or data-timeline-fragments-color-0, -1 or -2.",
        ], lines);
    }

    [Fact]
    public void Selected_year_outside_the_range_is_an_error_at_the_entry()
    {
        var lines = course.CheckDeck(Timeline("style=\"--start-year: 2011; --end-year: 2018;\" " +
            "data-timeline-fragments-select=\"2020:0\""));

        Assert.Equal(
        [
            "deck.md(1,101,1,107): error DECK310: 2020 is outside --start-year 2011 .. --end-year 2018, so its " +
            "event is not shown and the step does nothing.",
            "deck.md(2,5,2,28): warning DECK307: Event 'GPT-3' (2020) of timeline 'milestones' lies outside " +
            "--start-year 2011 .. --end-year 2018 and is left out. Widen the range to show it.",
        ], lines);
    }

    [Fact]
    public void Second_placeholder_in_one_element_is_an_error()
    {
        var lines = course.CheckDeck(
            $"<div class=\"timeline\" {Range}>\n    {Placeholder}\n    {Placeholder}\n</div>\n");

        Assert.Equal(
        [
            "deck.md(3,5,3,28): error DECK311: This timeline element already holds '{{TIMELINE:milestones}}'; " +
            "give each placeholder its own element with class=\"timeline\".",
        ], lines);
    }

    [Fact]
    public void Trailing_comma_in_a_list_gives_no_diagnostic()
    {
        var result = course.BuildDeck(Timeline(Range + " data-timeline-fragments-select=\"2014:0, 2017:1,\""));

        Assert.Empty(course.Lines(result));
        Assert.Contains("<section data-deck-steps=\"2\">", DeckPages.Slides(result));
    }

    [Fact]
    public void Selected_year_steps_in_on_its_dot_item_and_connector()
    {
        var result = course.BuildDeck(Timeline(Range + " data-timeline-fragments-select=\"2017:0\""));

        Assert.Empty(course.Lines(result));
        var slides = DeckPages.Slides(result);
        const string step = "fragment custom select\" style=\"--year: 2017;\" data-fragment-index=\"0\"";
        Assert.Contains($"    <div class=\"timeline-dot {step}></div>\n", slides);
        Assert.Contains($"    <div class=\"timeline-item timeline-lane-0 {step}>\n", slides);
        Assert.Contains($"    <div class=\"timeline-connector timeline-lane-0 {step}></div>\n", slides);
        Assert.Contains("    <div class=\"timeline-dot\" style=\"--year: 2014;\"></div>\n", slides);
        Assert.StartsWith("<section data-deck-steps=\"1\">\n", slides);
    }

    [Fact]
    public void Color_list_gives_its_color_class()
    {
        var result = course.BuildDeck(Timeline(Range + " data-timeline-fragments-color-1=\"2014:3\""));

        Assert.Empty(course.Lines(result));
        Assert.Contains(
            "    <div class=\"timeline-dot fragment custom color-1\" style=\"--year: 2014;\" " +
            "data-fragment-index=\"3\"></div>\n", DeckPages.Slides(result));
    }

    [Fact]
    public void Placed_timeline_renders_every_visible_event_in_place_of_the_placeholder()
    {
        course.Write("timelines/pair.yml",
            "- year: 1989\n  name: \"Backprop <& more>\"\n  author: A\n" +
            "- year: 1989\n  position: 1989.2\n  name: LeNet\n");
        var deck = "<div class=\"timeline\" style=\"--start-year: 1980; --end-year: 1990;\" " +
            "data-timeline-fragments-color-1=\"1989.2:0\">\n  {{TIMELINE:pair}}\n</div>\n";

        var result = course.BuildDeck(deck);

        Assert.Empty(course.Lines(result));
        Assert.Equal(
            "<section data-deck-steps=\"1\">\n" +
            "<div class=\"timeline\" style=\"--start-year: 1980; --end-year: 1990;\" " +
            "data-timeline-fragments-color-1=\"1989.2:0\">\n" +
            "  <div class=\"timeline-dot\" style=\"--year: 1989;\"></div>\n" +
            "  <div class=\"timeline-item timeline-lane-0\" style=\"--year: 1989;\">\n" +
            "      <div class=\"timeline-content\">\n" +
            "          <div class=\"timeline-year\">1989</div>\n" +
            "          <div class=\"timeline-name\">Backprop &lt;&amp; more&gt;</div>\n" +
            "          <div class=\"timeline-author\">A</div>\n" +
            "      </div>\n" +
            "  </div>\n" +
            "  <div class=\"timeline-connector timeline-lane-0\" style=\"--year: 1989;\"></div>\n" +
            "  <div class=\"timeline-dot fragment custom color-1\" style=\"--year: 1989.2;\" " +
            "data-fragment-index=\"0\"></div>\n" +
            "  <div class=\"timeline-item timeline-lane-1 fragment custom color-1\" style=\"--year: 1989.2;\" " +
            "data-fragment-index=\"0\">\n" +
            "      <div class=\"timeline-content\">\n" +
            "          <div class=\"timeline-year\">1989</div>\n" +
            "          <div class=\"timeline-name\">LeNet</div>\n" +
            "      </div>\n" +
            "  </div>\n" +
            "  <div class=\"timeline-connector timeline-lane-1 fragment custom color-1\" style=\"--year: 1989.2;\" " +
            "data-fragment-index=\"0\"></div>\n" +
            "</div>\n" +
            "</section>\n", DeckPages.Slides(result));
        Assert.Equal([Path.Combine(course.SlidesFolder, "timelines", "pair.yml")], DeckPages.Single(result).Timelines);
    }

    [Fact]
    public void Whole_year_entry_selects_every_event_of_that_year()
    {
        course.Write("timelines/pair.yml", "- year: 1989\n  name: A\n- year: 1989\n  position: 1989.5\n  name: B\n");

        var result = course.BuildDeck("<div class=\"timeline\" style=\"--start-year: 1980; --end-year: 1990;\" " +
            "data-timeline-fragments-select=\"1989:4\">\n  {{TIMELINE:pair}}\n</div>\n");

        Assert.Empty(course.Lines(result));
        var slides = DeckPages.Slides(result);
        Assert.Contains("<div class=\"timeline-dot fragment custom select\" style=\"--year: 1989;\" " +
            "data-fragment-index=\"4\"></div>", slides);
        Assert.Contains("<div class=\"timeline-dot fragment custom select\" style=\"--year: 1989.5;\" " +
            "data-fragment-index=\"4\"></div>", slides);
        Assert.StartsWith("<section data-deck-steps=\"1\">\n", slides);
    }

    public void Dispose() => course.Dispose();

    private static string Timeline(string attributes, string placeholder = Placeholder) =>
        $"<div class=\"timeline\" {attributes}>\n    {placeholder}\n</div>\n";
}
