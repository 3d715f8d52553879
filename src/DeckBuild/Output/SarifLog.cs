using System.Text.Json;
using DeckBuild.Diagnostics;

namespace DeckBuild.Output;

/// <summary>
/// Writes diagnostics as a SARIF 2.1.0 log, the format code-scanning services read: one rule per code with its
/// title, severity and help, and one result per diagnostic with its range in the deck file, relative to the
/// project folder.
/// </summary>
public static class SarifLog
{
    private const string RootId = "PROJECTROOT";

    /// <param name="path">Where the log goes.</param>
    /// <param name="diagnostics">The diagnostics with the severity they were reported with.</param>
    /// <param name="projectDirectory">The folder locations are made relative to.</param>
    public static void Write(string path, IEnumerable<Diagnostic> diagnostics, string projectDirectory)
    {
        var results = diagnostics.ToList();
        var rules = results.Select(d => d.Descriptor).DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules);
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(RootId);
            json.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(projectDirectory) + "/").AbsoluteUri);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var result in results)
            {
                WriteResult(json, result, rules.FindIndex(r => r.Id == result.Code), projectDirectory);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        AtomicFile.Write(path, buffer.ToArray());
    }

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<DiagnosticDescriptor> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "DeckBuild");
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteStartObject("help");
            json.WriteString("text", rule.HelpPath is { } help
                ? $"{rule.Title}. What it means, why it matters and how to fix it: {help}."
                : $"{rule.Title}, reported by the C# compiler for a code block.");
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.Severity));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic result, int ruleIndex, string projectDirectory)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", result.Code);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(result.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", result.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", UriOf(result.Path, projectDirectory));
        json.WriteString("uriBaseId", RootId);
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", result.Start.Line);
        json.WriteNumber("startColumn", result.Start.Column);
        json.WriteNumber("endLine", Math.Max(result.End.Line, result.Start.Line));
        json.WriteNumber("endColumn", result.End.Line > result.Start.Line
            ? result.End.Column
            : Math.Max(result.End.Column, result.Start.Column + 1));
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Level(DiagnosticSeverity severity) =>
        severity == DiagnosticSeverity.Error ? "error" : "warning";

    private static string UriOf(string path, string projectDirectory) =>
        RelativeUrl.Of(Path.GetRelativePath(projectDirectory, path).Replace('\\', '/'));
}
