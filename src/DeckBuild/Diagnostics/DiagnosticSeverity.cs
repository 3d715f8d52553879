namespace DeckBuild.Diagnostics;

/// <summary>How a diagnostic is reported. Warnings stay subject to MSBuild's <c>NoWarn</c>,
/// <c>WarningsAsErrors</c> and <c>TreatWarningsAsErrors</c>.</summary>
public enum DiagnosticSeverity
{
    Warning,
    Error,
}
