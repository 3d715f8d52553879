using DeckBuild.Diagnostics;

namespace DeckBuild.Fragments;

/// <summary>Checks a slide's step plan as a whole.</summary>
public static class FragmentRules
{
    /// <summary>Reports each unindexed fragment on a slide that also has indexed ones (reveal.js shows the
    /// unindexed ones last, which is rarely what the author meant).</summary>
    public static void CheckMixedIndices(StepPlan plan, IReadOnlyList<Fragment> fragments, DiagnosticBag bag)
    {
        if (!fragments.Any(f => f.Index is not null))
        {
            return;
        }

        foreach (var fragment in fragments.Where(f => f.IsUnindexed))
        {
            bag.Report(DiagnosticCatalog.MixedFragmentIndices, fragment.Span, plan.StepOf(fragment));
        }
    }
}
