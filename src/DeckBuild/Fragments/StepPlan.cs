namespace DeckBuild.Fragments;

/// <summary>
/// The order in which reveal.js shows a slide's fragments. Like reveal.js, indexed fragments come first in index
/// order (gaps closed, equal indices together), then each unindexed fragment as its own step in document order.
/// </summary>
public sealed class StepPlan
{
    private StepPlan(IReadOnlyList<IReadOnlyList<Fragment>> steps) => Steps = steps;

    /// <summary>The fragments shown at each step, step 1 first.</summary>
    public IReadOnlyList<IReadOnlyList<Fragment>> Steps { get; }

    public int StepCount => Steps.Count;

    public static StepPlan For(IEnumerable<Fragment> fragments)
    {
        var list = fragments.ToList();
        var indexed = list.Where(f => f.Index is not null)
            .GroupBy(f => f.Index!.Value)
            .OrderBy(g => g.Key)
            .Select(g => (IReadOnlyList<Fragment>)g.ToList());
        var unindexed = list.Where(f => f.Index is null).Select(f => (IReadOnlyList<Fragment>)[f]);
        return new StepPlan(indexed.Concat(unindexed).ToList());
    }

    /// <summary>The 1-based step at which <paramref name="fragment"/> appears.</summary>
    public int StepOf(Fragment fragment)
    {
        for (var i = 0; i < Steps.Count; i++)
        {
            if (Steps[i].Contains(fragment))
            {
                return i + 1;
            }
        }

        return 0;
    }
}
