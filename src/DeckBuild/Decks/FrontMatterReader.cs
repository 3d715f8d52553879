using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DeckBuild.Diagnostics;
using DeckBuild.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DeckBuild.Decks;

/// <summary>Reads the optional YAML front matter between a first line <c>---</c> and a closing <c>---</c>.</summary>
public static class FrontMatterReader
{
    private static readonly string[] KnownKeys =
        ["title", "theme", "highlightTheme", "separator", "verticalSeparator", "notesSeparator", "revealOptions"];

    public static FrontMatter Read(SourceText source, DiagnosticBag diagnostics)
    {
        var lines = LineReader.Lines(source.Text).Take(2).ToList();
        if (lines.Count == 0 || source.Text.Substring(lines[0].Start, lines[0].ContentLength).TrimEnd() != "---")
        {
            return FrontMatter.Empty;
        }

        var yamlStart = lines[0].NextStart;
        var closing = LineReader.Lines(source.Text, yamlStart)
            .FirstOrDefault(l => IsClosingLine(source.Text.Substring(l.Start, l.ContentLength)));
        if (closing.NextStart == 0 || closing.Start == yamlStart)
        {
            return FrontMatter.Empty;
        }

        var yaml = source.Text[yamlStart..closing.Start];
        YamlMappingNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.FirstOrDefault()?.RootNode as YamlMappingNode;
        }
        catch (YamlException e)
        {
            // A leading '---' followed by plain Markdown is a slide separator, not front matter.
            if (LooksLikeMarkdown(yaml))
            {
                return FrontMatter.Empty;
            }

            diagnostics.Report(DiagnosticCatalog.InvalidFrontMatter, SpanAt(source, yamlStart, e.Start),
                YamlErrorText.Of(e));
            return FrontMatter.Empty with { BodyStart = closing.NextStart };
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up on some damaged input without a position.
            diagnostics.Report(DiagnosticCatalog.InvalidFrontMatter, source.Span(yamlStart, 1),
                "it cannot be read; check quotes, brackets and indentation");
            return FrontMatter.Empty with { BodyStart = closing.NextStart };
        }

        if (root is null)
        {
            return FrontMatter.Empty;
        }

        return Build(source, yamlStart, root, diagnostics) with { BodyStart = closing.NextStart };
    }

    private static FrontMatter Build(SourceText source, int yamlStart, YamlMappingNode root, DiagnosticBag bag)
    {
        var result = FrontMatter.Empty;
        var valueSpans = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var span = SpanAt(source, yamlStart, keyNode.Start, key.Length);
            valueSpans[key] = YamlSpan.Of(source, value.Start, value.End, source.GetPosition(yamlStart).Line);
            result = key switch
            {
                "title" => result with { Title = Scalar(value) },
                "theme" => result with { Theme = Scalar(value) },
                "highlightTheme" => result with { HighlightTheme = Scalar(value) },
                "separator" => result with { Separator = Scalar(value) },
                "verticalSeparator" => result with { VerticalSeparator = Scalar(value) },
                "notesSeparator" => result with { NotesSeparator = Scalar(value) },
                "revealOptions" => result with { RevealOptionsJson = ToJson(value) },
                _ => Unknown(result, key, span, bag),
            };
        }

        return result with { ValueSpans = valueSpans };
    }

    private static FrontMatter Unknown(FrontMatter result, string key, SourceSpan span, DiagnosticBag bag)
    {
        bag.Report(DiagnosticCatalog.UnknownFrontMatterKey, span, key, string.Join(", ", KnownKeys));
        return result;
    }

    private static string? Scalar(YamlNode node) => (node as YamlScalarNode)?.Value;

    private static string ToJson(YamlNode node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteJson(writer, node);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteJson(Utf8JsonWriter writer, YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                writer.WriteStartObject();
                foreach (var (key, value) in mapping.Children)
                {
                    writer.WritePropertyName(((YamlScalarNode)key).Value ?? "");
                    WriteJson(writer, value);
                }

                writer.WriteEndObject();
                break;
            case YamlSequenceNode sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Children)
                {
                    WriteJson(writer, item);
                }

                writer.WriteEndArray();
                break;
            case YamlScalarNode scalar:
                WriteScalar(writer, scalar);
                break;
        }
    }

    private static void WriteScalar(Utf8JsonWriter writer, YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        var plain = scalar.Style is ScalarStyle.Plain or ScalarStyle.Any;
        if (plain && text is "true" or "false")
        {
            writer.WriteBooleanValue(text == "true");
        }
        else if (plain && decimal.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            writer.WriteNumberValue(number);
        }
        else if (plain && text is "null" or "~" or "")
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(text);
        }
    }

    private static bool IsClosingLine(string line) => line.TrimEnd() is "---" or "...";

    private static bool LooksLikeMarkdown(string yaml) =>
        Regex.IsMatch(yaml, @"^\s*(#|<|!\[)", RegexOptions.Multiline, TimeSpan.FromSeconds(1));

    private static SourceSpan SpanAt(SourceText source, int yamlStart, Mark mark, int length = 1) =>
        YamlSpan.At(source, mark, length, source.GetPosition(yamlStart).Line);
}
