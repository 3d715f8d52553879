using Markdig.Syntax.Inlines;

namespace DeckBuild.Rendering;

/// <summary>A <c>{{TIMELINE:name}}</c> placeholder written in Markdown text rather than in an HTML block.</summary>
public sealed class TimelinePlaceholderInline : LeafInline
{
    public required string Text { get; init; }
}
