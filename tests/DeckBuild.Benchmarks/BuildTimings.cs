namespace DeckBuild.Benchmarks;

/// <summary>
/// Wall time of 'dotnet build' on a copy of the sample course after editing one deck, as a ratio to a no-op
/// build of the same project with DeckBuild skipped. Cold: every MSBuild process new, so Roslyn and the
/// reference assemblies load again. Warm: the MSBuild server keeps the process (and DeckBuild's caches) alive
/// between builds, as an IDE or a watch loop does. No-op: nothing changed, so DeckBuild's target is skipped.
/// </summary>
public static class BuildTimings
{
    private const string Deck = "slides/07-attention-in-csharp.md";

    public static void Run(int runs)
    {
        using var course = TempCourse.FromSample();
        var cold = new Dictionary<string, string>
        {
            ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0", ["MSBUILDDISABLENODEREUSE"] = "1",
        };
        var warm = new Dictionary<string, string>
        {
            ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "1", ["MSBUILDDISABLENODEREUSE"] = "",
        };
        Dotnet.Run(course.Directory, cold, "build");

        var coldSkip = Times(runs, () => Shutdown(course), () => Build(course, cold, skip: true));
        Build(course, cold, skip: false);
        var noOp = Times(runs, () => Shutdown(course), () => Build(course, cold, skip: false));
        var coldDeck = Times(runs, () => { Shutdown(course); course.Edit(Deck); }, () => Build(course, cold, false));

        Shutdown(course);
        course.Edit(Deck);
        Build(course, warm, skip: false);
        var warmSkip = Times(runs, () => { }, () => Build(course, warm, skip: true));
        var warmDeck = Times(runs, () => course.Edit(Deck), () => Build(course, warm, skip: false));
        Shutdown(course);

        Console.WriteLine($"Build of the sample course after editing {Deck} (median of {runs} runs)");
        Console.WriteLine($"  no-op (nothing changed): {noOp:F2} s vs no-op with DeckBuild skipped {coldSkip:F2} s " +
            $"-> ratio {noOp / coldSkip:F2}");
        Console.WriteLine($"  cold: {coldDeck:F2} s vs no-op with DeckBuild skipped {coldSkip:F2} s " +
            $"-> ratio {coldDeck / coldSkip:F2}");
        Console.WriteLine($"  warm: {warmDeck:F2} s vs no-op with DeckBuild skipped {warmSkip:F2} s " +
            $"-> ratio {warmDeck / warmSkip:F2}");
    }

    private static double Times(int runs, Action prepare, Func<TimeSpan> build) =>
        Dotnet.Median(Enumerable.Range(0, runs).Select(_ =>
        {
            prepare();
            return build().TotalSeconds;
        }));

    private static TimeSpan Build(TempCourse course, Dictionary<string, string> environment, bool skip) =>
        Dotnet.Run(course.Directory, environment, "build", "--no-restore", $"-p:DeckBuildSkip={skip}");

    private static void Shutdown(TempCourse course) => Dotnet.Run(course.Directory, null, "build-server", "shutdown");
}
