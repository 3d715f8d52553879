namespace DeckBuild.Assets;

/// <summary>The HTML and reveal.js attributes whose values are files the slide loads.</summary>
public static class AssetAttributes
{
    private static readonly HashSet<string> Always = new(StringComparer.OrdinalIgnoreCase)
    {
        "src", "data-src", "poster", "data-background-image", "data-background-video",
    };

    /// <summary>True when the attribute loads a file; <c>data-background</c> counts only when it is not a colour.
    /// </summary>
    public static bool LoadsFile(string attribute, string value) =>
        Always.Contains(attribute) ||
        (attribute.Equals("data-background", StringComparison.OrdinalIgnoreCase) && LooksLikeFile(value));

    private static bool LooksLikeFile(string value) =>
        !value.StartsWith('#') && !value.Contains('(') && (value.Contains('.') || value.Contains('/'));
}
