using System.Net;
using CodeBlockLayout = DeckBuild.Code.CodeBlockLayout;
using CodeModifierReader = DeckBuild.Code.CodeModifierReader;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace DeckBuild.Rendering;

/// <summary>
/// Writes code blocks the way reveal.js's highlight plugin reads them: <c>language-X</c> on the code element and
/// the fence's line steps as <c>data-line-numbers</c>, so highlighting and line stepping work as in reveal.js.
/// </summary>
public sealed class RevealCodeBlockRenderer : HtmlObjectRenderer<CodeBlock>
{
    protected override void Write(HtmlRenderer renderer, CodeBlock block)
    {
        var info = CodeFenceInfo.Of(block);
        var csharp = CodeBlockLayout.IsCSharp(info.Language);
        var modifiers = csharp ? CodeModifierReader.Read(info.Rest) : null;
        if (modifiers is { Hidden: true })
        {
            return;
        }

        renderer.EnsureLine();
        var attributes = PreAttributes(block);
        if (modifiers is { Fails: true })
        {
            // Marks code that must not compile, so the slide can show it as a mistake.
            attributes.AddClass("deck-fails");
        }

        renderer.Write("<pre").WriteAttributes(attributes).Write("><code");
        if (info.Language.Length > 0)
        {
            renderer.Write($" class=\"language-{WebUtility.HtmlEncode(info.Language)}\"");
        }

        if (info.LineSteps is { } steps)
        {
            renderer.Write($" data-line-numbers=\"{WebUtility.HtmlEncode(steps)}\"");
        }

        if (info.StartLine is { } start)
        {
            renderer.Write($" data-ln-start-from=\"{start}\"");
        }

        renderer.Write(">");
        WriteShownLines(renderer, block, csharp);
        renderer.WriteLine("</code></pre>");
    }

    /// <summary>Writes the code, escaped, leaving out a C# block's hidden setup lines.</summary>
    private static void WriteShownLines(HtmlRenderer renderer, CodeBlock block, bool csharp)
    {
        var lines = Enumerable.Range(0, block.Lines.Count).Select(i => block.Lines.Lines[i].Slice.ToString()).ToList();
        var first = csharp ? CodeBlockLayout.FirstShownLine(lines) : 0;
        foreach (var line in lines.Skip(first))
        {
            renderer.WriteEscape(line);
            renderer.Write("\n");
        }
    }

    /// <summary>The block's attributes (from <c>.element</c> comments) without the language class Markdig adds,
    /// which belongs on the code element.</summary>
    private static HtmlAttributes PreAttributes(CodeBlock block)
    {
        var attributes = new HtmlAttributes();
        block.TryGetAttributes()?.CopyTo(attributes);
        attributes.Classes?.RemoveAll(c => c.StartsWith("language-", StringComparison.Ordinal));
        return attributes;
    }
}
