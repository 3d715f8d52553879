namespace DeckBuild.Text;

/// <summary>A range of characters in a <see cref="SourceText"/>, the unit every diagnostic points at.</summary>
public readonly record struct SourceSpan(SourceText Source, int Start, int Length)
{
    public int End => Start + Length;

    public SourcePosition StartPosition => Source.GetPosition(Start);

    /// <summary>The position just after the last character, as MSBuild's end line and column expect.</summary>
    public SourcePosition EndPosition => Source.GetPosition(End);

    public string Text => Source.Text.Substring(Start, Math.Min(Length, Source.Length - Start));
}
