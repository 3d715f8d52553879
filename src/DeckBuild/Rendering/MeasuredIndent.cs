using Markdig.Parsers;

namespace DeckBuild.Rendering;

/// <summary>
/// A line's indentation, measured once for a chain of nested list items: the cursor stands after it (at
/// <see cref="Column"/>), and the items continued so far have used it up to <see cref="Used"/>.
/// </summary>
/// <remarks>
/// Markdig moves the cursor back after each item and measures the rest again for the next one, which costs the
/// nesting depth times the indentation on every line. Keeping the used column aside instead, and putting the
/// cursor where Markdig would have it only when someone else reads the line, costs the indentation once.
/// </remarks>
internal sealed class MeasuredIndent
{
    // The pipeline is shared by decks read in parallel, so a measurement belongs to one thread.
    [ThreadStatic] private static MeasuredIndent? _current;

    private readonly BlockProcessor _processor;
    private readonly int _lineIndex;
    private readonly int _start;

    private MeasuredIndent(BlockProcessor processor, int used)
    {
        _processor = processor;
        _lineIndex = processor.LineIndex;
        _start = processor.Start;
        Column = processor.Column;
        Used = used;
    }

    public int Column { get; }

    public int Used { get; set; }

    public int Remaining => Column - Used;

    public static void Start(BlockProcessor processor, int used) => _current = new MeasuredIndent(processor, used);

    /// <summary>The measurement of the processor's current line, as long as the cursor has not moved since.</summary>
    public static MeasuredIndent? Of(BlockProcessor processor)
    {
        var current = _current;
        if (current is null)
        {
            return null;
        }

        if (current._processor == processor && current._lineIndex == processor.LineIndex &&
            current._start == processor.Start && current.Column == processor.Column)
        {
            return current;
        }

        _current = null;
        return null;
    }

    /// <summary>Where Markdig leaves the cursor after the last item took its width: at the used column.</summary>
    public void PutCursorAtUsed(BlockProcessor processor)
    {
        _current = null;
        if (Used != Column)
        {
            processor.GoToColumn(Used);
        }
    }

    /// <summary>Where Markdig has the cursor when the next block reads the line: after the indentation that
    /// follows the used column.</summary>
    public void PutCursorBack(BlockProcessor processor)
    {
        PutCursorAtUsed(processor);
        processor.RestartIndent();
        processor.ParseIndent();
    }
}
