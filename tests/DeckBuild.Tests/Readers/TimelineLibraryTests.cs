using DeckBuild.Diagnostics;
using DeckBuild.Text;
using DeckBuild.Timelines;

namespace DeckBuild.Tests.Readers;

/// <summary>Collecting the timelines of a course by name.</summary>
public sealed class TimelineLibraryTests
{
    [Fact]
    public void Two_events_at_one_position_are_a_warning_that_suggests_a_position()
    {
        var bag = new DiagnosticBag();
        var library = new TimelineLibrary();

        library.Add(new SourceText("t/early.yml", "- year: 1989\n  name: A\n- year: 1989\n  name: B\n"), bag);

        Assert.Equal(
        [
            "t/early.yml(3,3,3,4): warning DECK207: Another event of this timeline already sits at 1989 ('A'), so " +
            "the two would be drawn on top of each other. Give one of them a 'position' such as 1989.1.",
        ], TestCourse.Format(bag));
        Assert.True(library.TryGet("early", out var timeline));
        Assert.Equal(2, timeline.Events.Count);
    }

    [Fact]
    public void Each_event_sharing_a_position_is_offered_a_different_one()
    {
        var bag = new DiagnosticBag();

        new TimelineLibrary().Add(new SourceText("t/early.yml",
            "- year: 1989\n  name: A\n- year: 1989\n  name: B\n- year: 1989\n  name: C\n"), bag);

        Assert.Equal(["1989.1.", "1989.2."], TestCourse.Format(bag).Select(line => line[^7..]));
    }

    [Fact]
    public void Suggested_position_is_one_no_other_event_holds()
    {
        var bag = new DiagnosticBag();

        new TimelineLibrary().Add(new SourceText("t/early.yml",
            "- year: 1989\n  name: A\n- year: 1989\n  position: 1989.1\n  name: C\n- year: 1989\n  name: B\n"), bag);

        Assert.Equal(
        [
            "t/early.yml(6,3,6,4): warning DECK207: Another event of this timeline already sits at 1989 ('A'), so " +
            "the two would be drawn on top of each other. Give one of them a 'position' such as 1989.2.",
        ], TestCourse.Format(bag));
    }

    [Fact]
    public void Fractional_position_avoids_the_shared_position_warning()
    {
        var bag = new DiagnosticBag();
        var library = new TimelineLibrary();

        library.Add(new SourceText("t/early.yml",
            "- year: 1989\n  name: A\n- year: 1989\n  position: 1989.2\n  name: B\n"), bag);

        Assert.Empty(bag.Items);
    }

    [Fact]
    public void Second_file_with_the_same_name_is_ignored_with_an_error()
    {
        var bag = new DiagnosticBag();
        var library = new TimelineLibrary();

        library.Add(new SourceText("a/t.yml", "- year: 2000\n  name: First\n"), bag);
        library.Add(new SourceText("b/t.html", "<div class=\"timeline-item\" style=\"--year: 2001;\">" +
            "<div class=\"timeline-name\">Second</div></div>"), bag);

        Assert.Equal(
        [
            "b/t.html(1,1,1,1): error DECK206: The timeline name 't' is also defined by 'a/t.yml'; this file is " +
            "ignored. Rename one of the files.",
        ], TestCourse.Format(bag));
        Assert.True(library.TryGet("t", out var timeline));
        Assert.Equal("First", Assert.Single(timeline.Events).Name);
    }

    [Fact]
    public void Suggestions_are_the_nearest_names_first()
    {
        var bag = new DiagnosticBag();
        var library = new TimelineLibrary();
        foreach (var name in new[] { "timeline_deep_milestones", "timeline_early_milestones", "probability" })
        {
            library.Add(new SourceText($"t/{name}.yml", "- year: 2000\n  name: A\n"), bag);
        }

        Assert.Equal(["timeline_deep_milestones", "timeline_early_milestones"],
            library.Suggest("timeline_deep_milestone"));
        Assert.Empty(library.Suggest("calculus"));
    }
}
