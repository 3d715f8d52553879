namespace DeckBuild.Html;

/// <summary>
/// Which start tags end an open parent without its end tag, as HtmlAgilityPack applies them: a <c>&lt;li&gt;</c>
/// ends an open <c>&lt;li&gt;</c>, a <c>&lt;div&gt;</c> ends a <c>&lt;p&gt;</c>, a <c>&lt;tr&gt;</c> ends a
/// <c>&lt;td&gt;</c>, and so on.
/// </summary>
internal static class ImplicitEnds
{
    private static readonly string[] Headings = ["h1", "h2", "h3", "h4", "h5"];

    private static readonly Dictionary<string, HashSet<string>> EndedBy = new(StringComparer.Ordinal)
    {
        ["a"] = ["a"],
        ["dd"] = ["dd", "dt"],
        ["dt"] = ["dd", "dt"],
        ["li"] = ["li"],
        ["option"] = ["option"],
        ["p"] =
        [
            "address", "article", "aside", "blockquote", "dir", "div", "dl", "fieldset", "footer", "form", "h1", "h2",
            "h3", "h4", "h5", "h6", "header", "hr", "li", "menu", "nav", "ol", "p", "pre", "section", "table", "ul",
        ],
        ["title"] = ["title"],
        ["table"] = ["table"],
        ["tr"] = ["tr", "thead", "tbody", "tfoot"],
        ["thead"] = ["tbody", "tfoot"],
        ["tbody"] = ["tbody", "tfoot"],
        ["caption"] = ["tr", "thead", "tbody", "tfoot", "colgroup"],
        ["colgroup"] = ["tr", "thead", "tbody", "tfoot"],
        ["td"] = ["td", "th", "tr", "tbody", "tfoot"],
        ["th"] = ["td", "th", "tr", "tbody", "tfoot"],
        ["h1"] = [.. Headings.Except(["h1"])],
        ["h2"] = [.. Headings.Except(["h2"])],
        ["h3"] = [.. Headings.Except(["h3"])],
        ["h4"] = [.. Headings.Except(["h4"])],
        ["h5"] = [.. Headings.Except(["h5"])],
    };

    public static bool EndsParent(string parent, string child) =>
        EndedBy.TryGetValue(parent, out var enders) && enders.Contains(child);
}
