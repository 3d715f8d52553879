namespace DeckBuild.Html;

/// <summary>What the HTML standard says about closing tags, for the elements that matter to slides.</summary>
public static class HtmlElements
{
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "param", "keygen",
    };

    private static readonly HashSet<string> OptionalEnd = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rt", "rp",
        "colgroup", "caption", "html", "head", "body",
    };

    /// <summary>Elements whose content is raw text up to their own end tag: left open, they eat the rest.</summary>
    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
    };

    public static bool IsVoid(string name) => Void.Contains(name);

    public static bool HasOptionalEnd(string name) => OptionalEnd.Contains(name);

    public static bool IsRawText(string name) => RawText.Contains(name);
}
