namespace DeckBuild.Decks;

/// <summary>The YAML block at the top of a deck: its title, look and reveal.js options.</summary>
public sealed record FrontMatter
{
    public static FrontMatter Empty { get; } = new();

    public string? Title { get; init; }

    public string? Theme { get; init; }

    public string? HighlightTheme { get; init; }

    public string? Separator { get; init; }

    public string? VerticalSeparator { get; init; }

    public string? NotesSeparator { get; init; }

    /// <summary>The <c>revealOptions</c> mapping as a JSON object, passed to <c>Reveal.initialize</c>.</summary>
    public string? RevealOptionsJson { get; init; }

    /// <summary>Where each key's value is written, for diagnostics about a value.</summary>
    public IReadOnlyDictionary<string, Text.SourceSpan> ValueSpans { get; init; } =
        new Dictionary<string, Text.SourceSpan>();

    /// <summary>Offset just after the closing line, where the first slide starts; 0 without front matter.</summary>
    public int BodyStart { get; init; }
}
