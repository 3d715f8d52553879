using DeckBuild.Text;

namespace DeckBuild.Slides;

/// <summary>Whether a reveal.js attribute comment targets the slide or the element before it.</summary>
public enum AttributeTarget
{
    Slide,
    Element,
}

/// <summary>One attribute of an attribute comment, with the span of its value in the deck file.</summary>
public sealed record CommentAttribute(string Name, string Value, SourceSpan Span);

/// <summary>A <c>&lt;!-- .slide: ... --&gt;</c> or <c>&lt;!-- .element: ... --&gt;</c> comment.</summary>
public sealed record AttributeComment(AttributeTarget Target, IReadOnlyList<CommentAttribute> Attributes,
    SourceSpan Span)
{
    public string? this[string name] =>
        Attributes.LastOrDefault(a => a.Name.Equals(name, StringComparison.OrdinalIgnoreCase))?.Value;

    public IEnumerable<string> Classes => Attributes
        .Where(a => a.Name.Equals("class", StringComparison.OrdinalIgnoreCase))
        .SelectMany(a => a.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
