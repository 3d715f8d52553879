using Markdig;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;

namespace DeckBuild.Rendering;

/// <summary>The one Markdig pipeline every slide is parsed with.</summary>
public static class DeckMarkdown
{
    /// <summary>How deeply Markdown may nest (lists in lists, quotes in quotes). Decks are read on threads with
    /// a large stack, so this is a limit on sense, not on memory.</summary>
    public const int MaximumNestingDepth = 1100;

    public static MarkdownPipeline Pipeline { get; } = Build(bounded: true);

    /// <summary>The pipeline; with <paramref name="bounded"/> false, it keeps Markdig's own list and link parsers,
    /// whose time grows faster than the input on some Markdown. The tests compare the two.</summary>
    internal static MarkdownPipeline Build(bool bounded)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UseMathematics()
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseTaskLists()
            .UseAutoLinks()
            .UseFootnotes();
        if (bounded)
        {
            builder.BlockParsers.Replace<ListBlockParser>(new NestedListParser());
            builder.InlineParsers.Replace<LinkInlineParser>(new BoundedLinkParser());
        }

        builder.InlineParsers.Insert(0, new TimelinePlaceholderParser());
        builder.MaximumNestingDepth = MaximumNestingDepth;
        return builder.Build();
    }
}
