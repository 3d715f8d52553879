using DeckBuild.Text;
using YamlDotNet.Core;

namespace DeckBuild.Diagnostics;

/// <summary>Where a YamlDotNet position lies in the file, for front matter and timeline files alike.</summary>
public static class YamlSpan
{
    /// <summary>The span at <paramref name="mark"/>, for YAML whose first line is line
    /// <paramref name="firstLine"/> of the file.</summary>
    public static SourceSpan At(SourceText source, Mark mark, int length = 1, int firstLine = 1) =>
        source.Span(source.GetOffset(firstLine + (int)mark.Line - 1, (int)mark.Column), length);

    /// <summary>The span of a node or scalar from its start to its end, at least one character long.</summary>
    public static SourceSpan Of(SourceText source, Mark start, Mark end, int firstLine = 1) =>
        At(source, start, Math.Max(1, (int)(end.Index - start.Index)), firstLine);
}
