using System.Runtime.CompilerServices;
using Markdig.Parsers;
using Markdig.Syntax;

namespace DeckBuild.Rendering;

/// <summary>
/// Markdig's list parser, made linear for deeply nested lists. It builds the same tree with the same spans.
/// </summary>
/// <remarks>
/// <para>
/// A line inside a list nested n deep continues n list items, and Markdig did two things per item that each cost
/// about n steps: it stretched the source span of every block above the item, and it scanned the rest of the
/// line's indentation again for the next item. A list nested 1,000 deep (a 1 MB deck) took seconds.
/// </para>
/// <para>
/// Here, the span stretch stops at the first enclosing item that already reaches the line's end: items are
/// continued outermost first, so everything above it was stretched already. And while one list item directly
/// holds the next, the indentation is measured once (<see cref="MeasuredIndent"/>).
/// </para>
/// <para>
/// Only continuing an item is taken over; new items, thematic breaks and lines that end a list go to Markdig,
/// with the cursor where it expects it. Markdig's count of blank lines is internal, so it is reached through
/// accessors; should a later Markdig rename it, every line goes to Markdig unchanged (correct, only slower).
/// </para>
/// </remarks>
internal sealed class NestedListParser : ListBlockParser
{
    /// <summary>Whether this Markdig still has the blank line counts the fast paths keep up to date.</summary>
    internal static bool CanCountBlankLines { get; } = ProbeBlankLineCounts();

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var measured = MeasuredIndent.Of(processor);
        if (block is ListBlock && measured is not null && processor.NextContinue is ListItemBlock)
        {
            return BlockState.Skip;
        }

        if (block is ListItemBlock { Parent: ListBlock list } item && CanCountBlankLines && !processor.TrackTrivia)
        {
            if (processor.IsBlankLine)
            {
                return ContinueOverBlankLine(processor, item, list);
            }

            var indent = measured?.Remaining ?? processor.Indent;
            var width = Math.Abs(item.ColumnWidth);
            if (indent >= width)
            {
                SetBlankLinesInARow(list, 0);
                TakeIndent(processor, measured, indent, width);
                StretchToLineEnd(item, processor.Line.End);
                item.NewLine = processor.Line.NewLine;
                return BlockState.Continue;
            }
        }

        measured?.PutCursorBack(processor);
        return base.TryContinue(processor, block);
    }

    private static BlockState ContinueOverBlankLine(BlockProcessor processor, ListItemBlock item, ListBlock list)
    {
        if (processor.CurrentBlock is { IsBreakable: true })
        {
            // A blank line is recorded once, in the innermost list the line reaches.
            if (processor.NextContinue is not ListBlock)
            {
                SetAllBlankLines(list, AllBlankLines(list) + 1);
                item.Add(new BlankLineBlock());
            }

            SetBlankLinesInARow(list, BlankLinesInARow(list) + 1);
        }

        // An item that began with a blank line ends at its first blank line; the list stays open.
        if (BlankLinesInARow(list) == 1 && item.ColumnWidth < 0)
        {
            processor.Close(item);
            SetBlankLinesInARow(list, 0);
            list.IsOpen = true;
            return BlockState.Continue;
        }

        StretchToLineEnd(item, processor.Line.End);
        return BlockState.Continue;
    }

    private void TakeIndent(BlockProcessor processor, MeasuredIndent? measured, int indent, int width)
    {
        // An item takes exactly its width when what is left is a code indent; otherwise the whole indentation.
        var takesWidthOnly = indent > width && indent >= 4;
        if (measured is null)
        {
            if (!takesWidthOnly)
            {
                return;
            }

            var used = processor.ColumnBeforeIndent + width;
            if (NextHoldsItem(processor))
            {
                MeasuredIndent.Start(processor, used);
            }
            else
            {
                processor.GoToColumn(used);
            }

            return;
        }

        measured.Used = takesWidthOnly ? measured.Used + width : measured.Column;
        if (measured.Remaining == 0 || !NextHoldsItem(processor))
        {
            measured.PutCursorAtUsed(processor);
        }
    }

    private bool NextHoldsItem(BlockProcessor processor) =>
        processor.NextContinue is ListBlock next && next.Parser == this;

    private static void StretchToLineEnd(Block item, int end)
    {
        for (Block? block = item; block is not null; block = block.Parent)
        {
            if (block != item && block is ListItemBlock && block.Span.End >= end)
            {
                return;
            }

            if (block.Span.End < end)
            {
                block.Span.End = end;
            }
        }
    }

    private static bool ProbeBlankLineCounts()
    {
        try
        {
            var list = new ListBlock(new ListBlockParser());
            SetAllBlankLines(list, AllBlankLines(list));
            SetBlankLinesInARow(list, BlankLinesInARow(list));
            return true;
        }
        catch (MissingMemberException)
        {
            return false;
        }
    }

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_CountAllBlankLines")]
    private static extern int AllBlankLines(ListBlock list);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_CountAllBlankLines")]
    private static extern void SetAllBlankLines(ListBlock list, int value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_CountBlankLinesReset")]
    private static extern int BlankLinesInARow(ListBlock list);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_CountBlankLinesReset")]
    private static extern void SetBlankLinesInARow(ListBlock list, int value);
}
