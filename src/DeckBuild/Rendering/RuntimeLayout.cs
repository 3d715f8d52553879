namespace DeckBuild.Rendering;

/// <summary>
/// Where the browser runtime sits inside the output folder. The task's build copies reveal.js, KaTeX and
/// highlight.js from npm into a folder with this same layout; DeckBuild copies that folder next to the decks.
/// </summary>
public static class RuntimeLayout
{
    /// <summary>The folder, relative to the output folder; its name cannot clash with a deck's.</summary>
    public const string Folder = "_deckbuild";

    public const string DefaultTheme = "white";

    public const string DefaultHighlightTheme = "monokai";

    public static string ThemeFile(string theme) => $"{ThemeFolder}/{theme}.css";

    public static string HighlightThemeFile(string theme) => $"{HighlightThemeFolder}/{theme}.min.css";

    /// <summary>The folders of alternatives, of which only the files decks use are copied to the output.</summary>
    public const string ThemeFolder = "reveal/theme";

    public const string HighlightThemeFolder = "highlight/styles";

    public static readonly string[] Stylesheets = ["reveal/reveal.css", "katex/katex.min.css"];

    public static readonly string[] Scripts =
    [
        "reveal/reveal.js", "reveal/plugin/highlight.js", "reveal/plugin/notes.js", "katex/katex.min.js",
        "katex/contrib/auto-render.min.js",
    ];

    public const string OwnStylesheet = "deckbuild.css";

    public const string OwnScript = "deckbuild.js";
}
