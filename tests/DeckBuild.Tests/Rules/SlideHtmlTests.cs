using DeckBuild.Diagnostics;
using DeckBuild.Html;
using DeckBuild.Text;
using HtmlAgilityPack;

namespace DeckBuild.Tests.Rules;

/// <summary>Looking up the element that holds a position, which the timeline checks do for every placeholder.
/// </summary>
public sealed class SlideHtmlTests
{
    [Fact]
    public void The_element_holding_a_position_is_the_innermost_one_found_by_walking_down_from_the_root()
    {
        string[] pieces =
        [
            "<div class=\"timeline\">", "</div>", "<span>", "</span>", "<p>", "</p>", "<li>", "text", "\n", "<br>",
            "<!-- c -->", "<i>", "</b>", "<table>", "<td>", "{{TIMELINE:x}}", "<div/>", "<a href='x>y'>",
        ];
        var random = new Random(11);
        for (var i = 0; i < 3000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 40))
                .Select(_ => pieces[random.Next(pieces.Length)]));
            var html = SlideHtml.Parse(new SourceText("deck.md", text), 0, text.Length, [], new DiagnosticBag());
            var document = SlideHtml.Load(text);

            for (var position = 0; position < text.Length; position++)
            {
                Assert.Equal(Walk(document.DocumentNode, position)?.OuterStartIndex,
                    html.ElementAt(position)?.OuterStartIndex);
            }
        }
    }

    /// <summary>The plain way: at each level, the first child element whose text holds the position.</summary>
    private static HtmlNode? Walk(HtmlNode root, int position)
    {
        HtmlNode? found = null;
        for (var node = root; ; found = node)
        {
            node = node.ChildNodes.FirstOrDefault(c => c.NodeType == HtmlNodeType.Element &&
                c.OuterStartIndex <= position && position < c.OuterStartIndex + c.OuterLength)!;
            if (node is null)
            {
                return found;
            }
        }
    }
}
