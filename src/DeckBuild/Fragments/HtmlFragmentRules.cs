using DeckBuild.Diagnostics;
using DeckBuild.Html;

namespace DeckBuild.Fragments;

/// <summary>Finds the fragments written as HTML and checks their <c>data-fragment-index</c>.</summary>
public static class HtmlFragmentRules
{
    public static IReadOnlyList<Fragment> Check(SlideHtml html, DiagnosticBag bag)
    {
        var fragments = new List<Fragment>();
        foreach (var element in html.Elements())
        {
            var isFragment = element.GetClasses().Contains("fragment");
            var indexAttribute = element.Attributes["data-fragment-index"];
            var index = indexAttribute is null ? null : FragmentIndex.Check(indexAttribute.Value, isFragment,
                html.ValueSpan(indexAttribute), html.NameSpan(indexAttribute), element.Name, bag);

            if (isFragment)
            {
                fragments.Add(new Fragment(index, html.StartTagSpan(element), indexAttribute is not null));
            }
        }

        return fragments;
    }
}
