namespace DeckBuild.Browser.Tests;

/// <summary>Every built deck of the sample course and the seed deck, checked in headless Chromium.</summary>
public sealed class DeckInBrowserTests : IClassFixture<BuiltDecks>, IClassFixture<Chromium>
{
    private readonly BuiltDecks decks;
    private readonly Chromium chromium;

    public DeckInBrowserTests(BuiltDecks decks, Chromium chromium) => (this.decks, this.chromium) = (decks, chromium);

    public static TheoryData<string> Decks => new()
    {
        "sample/01-course-map", "sample/06-attention-and-transformers", "sample/07-attention-in-csharp",
        "seed/attention-and-transformers",
    };

    public static TheoryData<string> DecksWithTimelines => new()
    {
        "sample/01-course-map", "sample/06-attention-and-transformers", "seed/attention-and-transformers",
    };

    [Theory]
    [MemberData(nameof(Decks))]
    public async Task Reveal_is_ready_with_every_slide_of_the_source(string name)
    {
        var deck = decks.Decks[name];
        await using var open = await OpenDeck.Open(chromium.Browser, deck);

        Assert.Equal(deck.Slides.Count, await open.Eval<int>("Reveal.getTotalSlides()"));
        Assert.Empty(open.Problems);
    }

    [Theory]
    [MemberData(nameof(Decks))]
    public async Task Each_slide_steps_as_often_as_the_step_plan_says(string name)
    {
        var deck = decks.Decks[name];
        await using var open = await OpenDeck.Open(chromium.Browser, deck);

        foreach (var slide in deck.Slides)
        {
            var (h, v) = (slide.Slide.Horizontal, slide.Slide.Vertical);
            var steps = await open.Eval<int>(
                $"(() => {{ Reveal.slide({h}, {v}, -1); let n = 0; while (Reveal.nextFragment()) n++; return n; }})()");
            Assert.True(slide.Steps.StepCount == steps,
                $"slide {slide.Slide.Number} ({h}/{v}): plan {slide.Steps.StepCount}, reveal.js {steps}");
        }

        Assert.Empty(open.Problems);
    }

    [Theory]
    [MemberData(nameof(DecksWithTimelines))]
    public async Task Stepping_through_a_timeline_highlights_exactly_the_events_of_each_step(string name)
    {
        var deck = decks.Decks[name];
        await using var open = await OpenDeck.Open(chromium.Browser, deck);

        var timelineSlides = deck.Slides.Where(s => s.Timelines.Count > 0).ToList();
        Assert.NotEmpty(timelineSlides);
        foreach (var slide in timelineSlides)
        {
            var expected = DeckModel.TimelineSteps(slide);
            var (h, v) = (slide.Slide.Horizontal, slide.Slide.Vertical);
            for (var step = 1; step <= expected.Count; step++)
            {
                var shown = await open.Eval<string[]>(
                    $"(() => {{ Reveal.slide({h}, {v}, {step - 1}); return Array.from(Reveal.getCurrentSlide()" +
                    ".querySelectorAll('.timeline-item.fragment.visible')).map(e => " +
                    "e.querySelector('.timeline-year').textContent + ' ' + " +
                    "e.querySelector('.timeline-name').textContent).sort(); })()");
                Assert.Equal(expected[step - 1], shown.Order(StringComparer.Ordinal).ToArray());
            }
        }

        Assert.Empty(open.Problems);
    }

    [Theory]
    [MemberData(nameof(Decks))]
    public async Task Math_is_rendered_by_KaTeX_with_no_error_marks_and_no_raw_dollars(string name)
    {
        var deck = decks.Decks[name];
        await using var open = await OpenDeck.Open(chromium.Browser, deck);

        Assert.Equal(0, await open.Eval<int>("document.querySelectorAll('.katex-error').length"));
        Assert.Equal(0, await open.Eval<int>(
            "Array.from(document.querySelectorAll('.math')).filter(m => !m.querySelector('.katex')).length"));
        var rawDollars = await open.Eval<string[]>("""
            (() => {
              const walker = document.createTreeWalker(document.querySelector('.slides'), NodeFilter.SHOW_TEXT);
              const found = [];
              while (walker.nextNode()) {
                const node = walker.currentNode;
                if (node.textContent.includes('$') && !node.parentElement.closest('pre, code, .katex, script')) {
                  found.push(node.textContent.trim());
                }
              }
              return found;
            })()
            """);
        Assert.Empty(rawDollars);
        Assert.Empty(open.Problems);
    }

    [Theory]
    [MemberData(nameof(Decks))]
    public async Task Code_is_highlighted_and_notes_exist_where_the_source_has_them(string name)
    {
        var deck = decks.Decks[name];
        await using var open = await OpenDeck.Open(chromium.Browser, deck);

        Assert.Equal(0, await open.Eval<int>(
            "Array.from(document.querySelectorAll('pre code')).filter(c => !c.classList.contains('hljs')).length"));
        foreach (var slide in deck.Slides)
        {
            var (h, v) = (slide.Slide.Horizontal, slide.Slide.Vertical);
            var hasNotes = await open.Eval<bool>($"!!Reveal.getSlide({h}, {v}).querySelector('aside.notes')");
            Assert.True(slide.Slide.HasNotes == hasNotes, $"slide {slide.Slide.Number}: notes {slide.Slide.HasNotes}");
        }

        Assert.Empty(open.Problems);
    }
}
