using DeckBuild.Text;

namespace DeckBuild.Code;

/// <summary>
/// A C# code block of a deck, with what is needed to compile it and to map the compiler's positions back to the
/// deck file.
/// </summary>
public sealed class CodeBlock
{
    public required SourceText Source { get; init; }

    public required int SlideNumber { get; init; }

    /// <summary>The code, lines joined by <c>\n</c>, hidden lines included.</summary>
    public required string Code { get; init; }

    /// <summary>The deck-file offset of each code line's first character.</summary>
    public required IReadOnlyList<int> LineStarts { get; init; }

    public required CodeModifiers Modifiers { get; init; }

    /// <summary>The opening fence, where diagnostics about the block as a whole point.</summary>
    public required SourceSpan Fence { get; init; }

    /// <summary>How a diagnostic names the block: its slide and first shown line.</summary>
    public required string Caption { get; init; }

    /// <summary>The deck-file position of a 0-based line and character of <see cref="Code"/>.</summary>
    public SourcePosition Map(int line, int character)
    {
        if (LineStarts.Count == 0)
        {
            return Fence.StartPosition;
        }

        var index = Math.Clamp(line, 0, LineStarts.Count - 1);
        return Source.GetPosition(LineStarts[index] + character);
    }
}
