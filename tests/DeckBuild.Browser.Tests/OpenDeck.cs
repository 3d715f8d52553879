using PuppeteerSharp;

namespace DeckBuild.Browser.Tests;

/// <summary>
/// A deck opened from disk. Every request is inspected: one that is not a file inside the output folder is
/// blocked and recorded, as are failed requests, console errors and uncaught page errors.
/// </summary>
public sealed class OpenDeck : IAsyncDisposable
{
    private OpenDeck(IPage page) => Page = page;

    public IPage Page { get; }

    public List<string> Problems { get; } = [];

    public static async Task<OpenDeck> Open(IBrowser browser, DeckModel deck)
    {
        var page = await browser.NewPageAsync();
        var open = new OpenDeck(page);
        var folder = new Uri(Path.TrimEndingDirectorySeparator(deck.OutputFolder) + "/").AbsoluteUri;
        await page.SetRequestInterceptionAsync(true);
        page.Request += async (_, e) =>
        {
            var url = e.Request.Url;
            if (url.StartsWith(folder, StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal))
            {
                await e.Request.ContinueAsync();
                return;
            }

            open.Problems.Add($"request outside the output folder: {url}");
            await e.Request.AbortAsync();
        };
        page.RequestFailed += (_, e) =>
        {
            if (!deck.ReportedMissing.Contains(e.Request.Url))
            {
                open.Problems.Add($"request failed: {e.Request.Url}");
            }
        };
        page.Console += (_, e) =>
        {
            var url = e.Message.Location?.URL;
            if (e.Message.Type == ConsoleType.Error && (url is null || !deck.ReportedMissing.Contains(url)))
            {
                open.Problems.Add($"console error: {e.Message.Text} ({url})");
            }
        };
        page.PageError += (_, e) => open.Problems.Add($"page error: {e.Message}");

        await page.GoToAsync(new Uri(deck.Page).AbsoluteUri, WaitUntilNavigation.Load);
        await page.WaitForFunctionAsync("() => window.Reveal && Reveal.isReady()",
            new WaitForFunctionOptions { Timeout = 15000 });
        return open;
    }

    public Task<T> Eval<T>(string script) => Page.EvaluateExpressionAsync<T>(script);

    public async ValueTask DisposeAsync() => await Page.CloseAsync();
}
