using PuppeteerSharp;

namespace DeckBuild.Browser.Tests;

/// <summary>
/// Screenshots of every slide of the seed deck, all fragments shown, saved under artifacts/screenshots/ at the
/// repository root for a person to look at (timelines: dots at their years, readable labels, connectors).
/// </summary>
public sealed class SeedScreenshotTests : IClassFixture<BuiltDecks>, IClassFixture<Chromium>
{
    private readonly BuiltDecks decks;
    private readonly Chromium chromium;

    public SeedScreenshotTests(BuiltDecks decks, Chromium chromium) => (this.decks, this.chromium) = (decks, chromium);

    [Fact]
    public async Task Every_slide_of_the_seed_deck_is_saved_as_a_screenshot()
    {
        var deck = decks.Decks["seed/attention-and-transformers"];
        var folder = Path.Combine(BuiltDecks.RepositoryRoot, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        await using var open = await OpenDeck.Open(chromium.Browser, deck);
        await open.Eval<bool>("(() => { Reveal.configure({ transition: 'none', controls: false }); return true; })()");

        foreach (var slide in deck.Slides)
        {
            var (h, v) = (slide.Slide.Horizontal, slide.Slide.Vertical);
            await open.Eval<bool>($"(() => {{ Reveal.slide({h}, {v}, 1000); return true; }})()");
            await Task.Delay(400);
            var file = Path.Combine(folder, $"seed-{slide.Slide.Number:D2}.png");
            await open.Page.ScreenshotAsync(file, new ScreenshotOptions { Type = ScreenshotType.Png });
            Assert.True(new FileInfo(file).Length > 10_000, $"{file} looks empty");
        }

        Assert.Empty(open.Problems);
    }
}
