using System.Text.RegularExpressions;

namespace DeckBuild.Timelines;

/// <summary>The one definition of <c>{{TIMELINE:name}}</c>, shared by the checks and the renderer.</summary>
public static partial class TimelinePlaceholderSyntax
{
    /// <summary>Matches a placeholder; group 1 is the timeline name.</summary>
    [GeneratedRegex(@"\{\{\s*TIMELINE\s*:\s*([^{}\r\n]*?)\s*\}\}")]
    public static partial Regex Pattern();
}
