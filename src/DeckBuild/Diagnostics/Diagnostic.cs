using System.Globalization;
using DeckBuild.Text;

namespace DeckBuild.Diagnostics;

/// <summary>A problem found in a course file, with the range it covers.</summary>
public sealed record Diagnostic(
    DiagnosticDescriptor Descriptor,
    DiagnosticSeverity Severity,
    string Message,
    string Path,
    SourcePosition Start,
    SourcePosition End)
{
    public string Code => Descriptor.Id;

    public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args) =>
        Create(descriptor, span.Source.Path, span.StartPosition, span.EndPosition, args);

    /// <summary>A diagnostic about a file as a whole, placed at its first character.</summary>
    public static Diagnostic AtFileStart(DiagnosticDescriptor descriptor, string path, params object?[] args) =>
        Create(descriptor, path, new SourcePosition(1, 1), new SourcePosition(1, 1), args);

    public static Diagnostic Create(
        DiagnosticDescriptor descriptor,
        string path,
        SourcePosition start,
        SourcePosition end,
        params object?[] args)
    {
        var message = string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, args);
        return new Diagnostic(descriptor, descriptor.Severity, message, path, start, end);
    }

    /// <summary>The canonical MSBuild form, <c>path(line,col,endLine,endCol): error CODE: message</c>.</summary>
    public override string ToString()
    {
        var kind = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        return $"{Path}({Start.Line},{Start.Column},{End.Line},{End.Column}): {kind} {Code}: {Message}";
    }
}
