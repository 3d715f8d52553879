namespace DeckBuild.Text;

/// <summary>A 1-based line and column.</summary>
public readonly record struct SourcePosition(int Line, int Column);
