using System.Globalization;

namespace DeckBuild.Fragments;

/// <summary>Reads <c>data-fragment-index</c> values the strict way: a whole number from 0 up, nothing else.</summary>
public static class FragmentIndex
{
    public static bool TryParse(string? text, out int index) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out index);
}
