using DeckBuild.Text;

namespace DeckBuild.Decks;

/// <summary>A deck file split into its front matter and slides.</summary>
public sealed class Deck
{
    public Deck(SourceText source, FrontMatter frontMatter, IReadOnlyList<Slide> slides)
    {
        Source = source;
        FrontMatter = frontMatter;
        Slides = slides;
    }

    public SourceText Source { get; }

    public FrontMatter FrontMatter { get; }

    public IReadOnlyList<Slide> Slides { get; }

    /// <summary>The slides grouped by horizontal index; a group of more than one is a vertical stack.</summary>
    public IEnumerable<IReadOnlyList<Slide>> Stacks =>
        Slides.GroupBy(s => s.Horizontal).OrderBy(g => g.Key).Select(g => (IReadOnlyList<Slide>)g.ToList());
}
