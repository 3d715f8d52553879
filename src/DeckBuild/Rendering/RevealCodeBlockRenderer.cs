using System.Net;
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
        var info = CodeFenceInfo.Parse((block as FencedCodeBlock)?.Info + " " + (block as FencedCodeBlock)?.Arguments);
        renderer.EnsureLine();
        renderer.Write("<pre").WriteAttributes(PreAttributes(block)).Write("><code");
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
        renderer.WriteLeafRawLines(block, true, true);
        renderer.WriteLine("</code></pre>");
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
