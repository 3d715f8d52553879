namespace DeckBuild.Diagnostics;

/// <summary>
/// One entry of the diagnostics catalogue: a stable code, its default severity and its message template.
/// </summary>
/// <param name="Id">The code, <c>DECK</c> and a number. Never reused or renumbered.</param>
/// <param name="Title">A short name of the problem, used as the heading of the code's page.</param>
/// <param name="MessageFormat">A composite format string; its arguments quote the offending values.</param>
/// <param name="Severity">The default severity.</param>
public sealed record DiagnosticDescriptor(string Id, string Title, string MessageFormat, DiagnosticSeverity Severity)
{
    /// <summary>The code's page, relative to the repository root; null for the C# compiler's own codes.</summary>
    public string? HelpPath => Id.StartsWith("DECK", StringComparison.Ordinal) ? $"docs/diagnostics/{Id}.md" : null;
}
