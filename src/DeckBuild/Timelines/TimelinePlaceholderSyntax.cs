using System.Text.RegularExpressions;

namespace DeckBuild.Timelines;

/// <summary>The one definition of <c>{{TIMELINE:name}}</c>, shared by the checks and the renderer.</summary>
public static partial class TimelinePlaceholderSyntax
{
    /// <summary>Matches a placeholder; group 1 is the timeline name, without the spaces around it.</summary>
    /// <remarks>Matched without backtracking: with it, a line of "{{TIMELINE:" and thousands of spaces (which
    /// is what masked math looks like) took time growing with the cube of its length.</remarks>
    [GeneratedRegex(@"\{\{\s*TIMELINE\s*:\s*((?:[^{}\s](?:[^{}\r\n]*[^{}\s])?)?)\s*\}\}", RegexOptions.NonBacktracking)]
    public static partial Regex Pattern();
}
