using Markdig;

namespace DeckBuild.Rendering;

/// <summary>The one Markdig pipeline every slide is parsed with.</summary>
public static class DeckMarkdown
{
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
        return builder.Build();
    }
}
