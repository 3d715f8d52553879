using DeckBuild.Text;

namespace DeckBuild.Assets;

/// <summary>A file a slide points at (an image, a video, a background), as written in the deck.</summary>
public sealed record AssetReference(string Url, SourceSpan Span)
{
    /// <summary>
    /// True for references DeckBuild must resolve: not web addresses, data URLs, in-page anchors or template tokens.
    /// </summary>
    public bool IsLocal
    {
        get
        {
            var url = Url.Trim();
            if (url.Length == 0 || url.StartsWith('#') || url.StartsWith("//", StringComparison.Ordinal) ||
                url.Contains("{{", StringComparison.Ordinal))
            {
                return false;
            }

            var colon = url.IndexOf(':');
            var slash = url.IndexOfAny(['/', '\\']);
            return colon < 0 || (slash >= 0 && slash < colon) || (colon == 1 && char.IsLetter(url[0]));
        }
    }

    /// <summary>The path part: no query or fragment, percent-escapes decoded.</summary>
    public string FilePath
    {
        get
        {
            var url = Url.Trim();
            var cut = url.IndexOfAny(['?', '#']);
            return Uri.UnescapeDataString(cut >= 0 ? url[..cut] : url);
        }
    }
}
