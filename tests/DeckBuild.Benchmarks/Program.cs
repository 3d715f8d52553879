using DeckBuild.Benchmarks;

// Usage: dotnet run -c Release --project tests/DeckBuild.Benchmarks -- [builds|blocks|limits|memory|all] [runs]
var mode = args.Length > 0 ? args[0] : "all";
var runs = args.Length > 1 && int.TryParse(args[1], out var n) ? n : 5;

if (mode is "builds" or "all")
{
    BuildTimings.Run(runs);
}

if (mode is "blocks" or "all")
{
    BlockCost.Run(decks: 100, blocksPerDeck: 10);
}

if (mode is "limits" or "all")
{
    SizeLimits.Run();
}

if (mode is "memory" or "all")
{
    BuildMemory.Run(decks: 100, blocksPerDeck: 10);
}
