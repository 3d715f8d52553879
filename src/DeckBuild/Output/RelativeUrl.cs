namespace DeckBuild.Output;

/// <summary>A relative path written as a URL: '/' between segments, each segment escaped.</summary>
public static class RelativeUrl
{
    public static string Of(string relativePath) =>
        string.Join('/', relativePath.Split('/').Select(Uri.EscapeDataString));
}
