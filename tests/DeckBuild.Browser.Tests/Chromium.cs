using PuppeteerSharp;

namespace DeckBuild.Browser.Tests;

/// <summary>One headless Chromium for the test run: the system browser, never a downloaded one.</summary>
public sealed class Chromium : IAsyncLifetime
{
    public IBrowser Browser { get; private set; } = null!;

    public static string ExecutablePath
    {
        get
        {
            var path = Environment.GetEnvironmentVariable("DECKBUILD_CHROMIUM") ?? "/usr/bin/chromium";
            return File.Exists(path)
                ? path
                : throw new InvalidOperationException(
                    $"No Chromium at {path}: install Debian's 'chromium' package or set DECKBUILD_CHROMIUM.");
        }
    }

    public async Task InitializeAsync() => Browser = await Puppeteer.LaunchAsync(new LaunchOptions
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        DefaultViewport = new ViewPortOptions { Width = 1280, Height = 800 },
        Args =
        [
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--allow-file-access-from-files",
        ],
    });

    public async Task DisposeAsync() => await Browser.CloseAsync();
}
