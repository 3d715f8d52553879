using System.Text.RegularExpressions;

namespace DeckBuild.Decks;

/// <summary>
/// The line patterns that split a deck, following reveal.js's Markdown conventions. Each pattern is matched
/// against one whole line, without its line break.
/// </summary>
public sealed record SlideSeparators(Regex Horizontal, Regex? Vertical, Regex Notes)
{
    public const string DefaultHorizontal = "^---$";
    public const string DefaultVertical = "^--$";
    public const string DefaultNotes = @"^\s*notes?:";

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    public static SlideSeparators Default { get; } = Create(DefaultHorizontal, DefaultVertical, DefaultNotes);

    /// <summary>Builds separators; an empty vertical pattern turns vertical slides off.</summary>
    public static SlideSeparators Create(string horizontal, string? vertical, string notes) => new(
        Compile(horizontal),
        string.IsNullOrEmpty(vertical) ? null : Compile(vertical),
        Compile(notes, RegexOptions.IgnoreCase));

    public static Regex Compile(string pattern, RegexOptions extra = RegexOptions.None) =>
        new(pattern, RegexOptions.CultureInvariant | extra, MatchTimeout);
}
