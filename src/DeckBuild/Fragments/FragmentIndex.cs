using System.Globalization;
using DeckBuild.Diagnostics;
using DeckBuild.Text;

namespace DeckBuild.Fragments;

/// <summary>Reads <c>data-fragment-index</c> values the strict way: a whole number from 0 up, nothing else.</summary>
public static class FragmentIndex
{
    public static bool TryParse(string? text, out int index) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out index);

    /// <summary>Checks the <c>data-fragment-index</c> of an element, written in HTML or in an attribute comment:
    /// reports a value that is no index, or an index on an element that is no fragment. Returns the index that
    /// applies, if any.</summary>
    public static int? Check(string? value, bool isFragment, SourceSpan valueSpan, SourceSpan nameSpan, string element,
        DiagnosticBag bag)
    {
        if (!TryParse(value, out var index))
        {
            bag.Report(DiagnosticCatalog.InvalidFragmentIndex, valueSpan, value);
            return null;
        }

        if (!isFragment)
        {
            bag.Report(DiagnosticCatalog.IndexWithoutFragment, nameSpan, element, value);
            return null;
        }

        return index;
    }
}
