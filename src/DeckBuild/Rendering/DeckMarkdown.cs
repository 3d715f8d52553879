using Markdig;
using Markdig.Parsers;

namespace DeckBuild.Rendering;

/// <summary>The one Markdig pipeline every slide is parsed with.</summary>
public static class DeckMarkdown
{
    /// <summary>How deeply Markdown may nest (lists in lists, quotes in quotes). Decks are read on threads with
    /// a large stack, so this is a limit on sense, not on memory.</summary>
    public const int MaximumNestingDepth = 1100;

    public static MarkdownPipeline Pipeline { get; } = Build(linearLists: true);

    /// <summary>The pipeline, with Markdig's own list parser when <paramref name="linearLists"/> is false: the
    /// tests compare the two.</summary>
    internal static MarkdownPipeline Build(bool linearLists)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UseMathematics()
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseTaskLists()
            .UseAutoLinks()
            .UseFootnotes();
        if (linearLists)
        {
            builder.BlockParsers.Replace<ListBlockParser>(new NestedListParser());
        }

        builder.InlineParsers.Insert(0, new TimelinePlaceholderParser());
        builder.MaximumNestingDepth = MaximumNestingDepth;
        return builder.Build();
    }
}
