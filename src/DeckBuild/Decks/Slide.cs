namespace DeckBuild.Decks;

/// <summary>
/// One slide of a deck: where its Markdown and its speaker notes sit in the deck file.
/// </summary>
/// <param name="Number">1-based position among all slides, as a reader counts them.</param>
/// <param name="Horizontal">0-based index of the horizontal slide (reveal.js's h).</param>
/// <param name="Vertical">0-based index within a vertical stack (reveal.js's v).</param>
/// <param name="ContentStart">Offset of the first character of the slide's Markdown.</param>
/// <param name="ContentEnd">Offset just after the slide's Markdown, before any notes.</param>
/// <param name="NotesStart">Offset of the notes text after the marker, or -1 when there are none.</param>
/// <param name="End">Offset just after the slide, before the next separator.</param>
public sealed record Slide(int Number, int Horizontal, int Vertical, int ContentStart, int ContentEnd, int NotesStart,
    int End)
{
    public bool HasNotes => NotesStart >= 0;
}
