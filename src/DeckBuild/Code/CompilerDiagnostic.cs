using System.Collections.Concurrent;
using DeckBuild.Diagnostics;

namespace DeckBuild.Code;

/// <summary>Turns a Roslyn diagnostic into a DeckBuild one: the compiler's code and message, the deck-file
/// position, and the block it came from.</summary>
public static class CompilerDiagnostic
{
    private static readonly ConcurrentDictionary<(string, Diagnostics.DiagnosticSeverity), DiagnosticDescriptor>
        Descriptors = new();

    /// <summary>The descriptor for a compiler code at a severity, shared by fresh and cached diagnostics.</summary>
    public static DiagnosticDescriptor Descriptor(string code, Diagnostics.DiagnosticSeverity severity) =>
        Descriptors.GetOrAdd((code, severity),
            key => new DiagnosticDescriptor(key.Item1, "C# compiler diagnostic", "{0}", key.Item2));

    public static Diagnostic From(Microsoft.CodeAnalysis.Diagnostic diagnostic, CodeBlock block)
    {
        var severity = diagnostic.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error
            ? Diagnostics.DiagnosticSeverity.Error
            : Diagnostics.DiagnosticSeverity.Warning;
        var descriptor = Descriptor(diagnostic.Id, severity);

        var message = $"{diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)} ({block.Caption})";
        if (!diagnostic.Location.IsInSource)
        {
            return Diagnostic.Create(descriptor, block.Fence, message);
        }

        var span = diagnostic.Location.GetLineSpan();
        var start = block.Map(span.StartLinePosition.Line, span.StartLinePosition.Character);
        var end = block.Map(span.EndLinePosition.Line, span.EndLinePosition.Character);
        return Diagnostic.Create(descriptor, block.Source.Path, start, end, message);
    }
}
