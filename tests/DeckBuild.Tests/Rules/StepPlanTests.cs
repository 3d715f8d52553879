using DeckBuild.Fragments;
using DeckBuild.Text;

namespace DeckBuild.Tests.Rules;

/// <summary>The order in which reveal.js shows a slide's fragments.</summary>
public sealed class StepPlanTests : IDisposable
{
    private static readonly SourceText Source = new("deck.md", new string('x', 100));

    private readonly TestCourse course = new();

    [Fact]
    public void Indexed_fragments_come_first_by_index_with_gaps_closed()
    {
        var (five, two, nine) = (At(0, 5), At(10, 2), At(20, 9));

        var plan = StepPlan.For([five, two, nine]);

        Assert.Equal([[two], [five], [nine]], plan.Steps);
        Assert.Equal([2, 1, 3], new[] { five, two, nine }.Select(plan.StepOf));
    }

    [Fact]
    public void Equal_indices_share_one_step_in_document_order()
    {
        var (first, second, other) = (At(0, 3), At(10, 3), At(20, 1));

        var plan = StepPlan.For([first, second, other]);

        Assert.Equal(2, plan.StepCount);
        Assert.Equal([[other], [first, second]], plan.Steps);
    }

    [Fact]
    public void Unindexed_fragments_follow_one_step_each_in_document_order()
    {
        var (a, b, c, d) = (At(0, null), At(10, 4), At(20, null), At(30, 0));

        var plan = StepPlan.For([a, b, c, d]);

        Assert.Equal([[d], [b], [a], [c]], plan.Steps);
    }

    [Fact]
    public void Fragment_not_in_the_plan_is_at_step_zero()
    {
        var plan = StepPlan.For([At(0, 1)]);

        Assert.Equal(0, plan.StepOf(At(50, 1)));
    }

    [Fact]
    public void Empty_slide_has_no_steps()
    {
        Assert.Equal(0, StepPlan.For([]).StepCount);
    }

    [Fact]
    public void Code_line_steps_add_one_unindexed_step_per_bar()
    {
        course.Write("deck.md", "```js [1|2-3|4]\na\nb\nc\nd\n```\n");

        var result = course.Build("deck.md");

        Assert.Empty(course.Lines(result));
        Assert.Equal(
            "<section data-deck-steps=\"2\">\n" +
            "<pre><code class=\"language-js\" data-line-numbers=\"1|2-3|4\">a\nb\nc\nd\n</code></pre>\n" +
            "</section>\n", DeckPages.Slides(result));
    }

    [Fact]
    public void Timeline_and_html_fragments_share_one_plan()
    {
        course.Write("timelines/t.yml", "- year: 2000\n  name: A\n- year: 2005\n  name: B\n");
        course.Write("deck.md",
            "<div class=\"timeline\" style=\"--start-year: 1990; --end-year: 2010;\" " +
            "data-timeline-fragments-select=\"2000:0,2005:2\">\n  {{TIMELINE:t}}\n</div>\n\n" +
            "<p class=\"fragment\" data-fragment-index=\"2\">same step as 2005</p>\n");

        var result = course.Build("deck.md");

        Assert.Empty(course.Lines(result));
        Assert.StartsWith("<section data-deck-steps=\"2\">", DeckPages.Slides(result));
    }

    public void Dispose() => course.Dispose();

    private static Fragment At(int start, int? index) => new(index, Source.Span(start, 1));
}
