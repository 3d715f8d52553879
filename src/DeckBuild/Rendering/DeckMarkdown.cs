using Markdig;

namespace DeckBuild.Rendering;

/// <summary>The one Markdig pipeline every slide is parsed with.</summary>
public static class DeckMarkdown
{
    /// <summary>How deeply Markdown may nest (lists in lists, quotes in quotes). Decks are read on threads with
    /// a large stack, so this is a limit on sense, not on memory.</summary>
    public const int MaximumNestingDepth = 1100;

    public static MarkdownPipeline Pipeline { get; } = Build();

    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UseMathematics()
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseTaskLists()
            .UseAutoLinks()
            .UseFootnotes();
        builder.InlineParsers.Insert(0, new TimelinePlaceholderParser());
        builder.MaximumNestingDepth = MaximumNestingDepth;
        return builder.Build();
    }
}
