using DeckBuild.Html;
using DeckBuild.Slides;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DeckBuild.Assets;

/// <summary>Finds every local file a slide loads: HTML media attributes, Markdown images and slide backgrounds.
/// </summary>
public static class AssetCollector
{
    public static IReadOnlyList<AssetReference> Collect(SlideHtml html, MarkdownDocument content, int offset,
        IEnumerable<CommentAttribute> sectionAttributes)
    {
        var references = new List<AssetReference>();
        foreach (var element in html.Elements())
        {
            foreach (var attribute in element.Attributes)
            {
                if (AssetAttributes.LoadsFile(attribute.Name, attribute.Value ?? ""))
                {
                    references.Add(new AssetReference(attribute.Value ?? "", html.ValueSpan(attribute)));
                }
            }
        }

        foreach (var image in content.Descendants<LinkInline>().Where(l => l.IsImage && l.Url is not null))
        {
            var span = image.UrlSpan.IsEmpty ? image.Span : image.UrlSpan;
            references.Add(new AssetReference(image.Url!, html.Span(span.Start + offset - html.Offset, span.Length)));
        }

        foreach (var attribute in sectionAttributes.Where(a => AssetAttributes.LoadsFile(a.Name, a.Value)))
        {
            references.Add(new AssetReference(attribute.Value, attribute.Span));
        }

        return references.Where(r => r.IsLocal).ToList();
    }
}
