using DeckBuild.Text;

namespace DeckBuild.Diagnostics;

/// <summary>Collects the diagnostics of one build step; every step reports and carries on.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];

    public IReadOnlyList<Diagnostic> Items => items;

    public bool HasErrors => items.Any(d => d.Severity == DiagnosticSeverity.Error);

    public void Add(Diagnostic diagnostic) => items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => items.AddRange(diagnostics);

    public void Report(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args) =>
        items.Add(Diagnostic.Create(descriptor, span, args));

    /// <summary>The diagnostics in file, line and column order, so output never depends on discovery order.</summary>
    public IEnumerable<Diagnostic> Sorted() =>
        items
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Start.Line)
            .ThenBy(d => d.Start.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal);
}
