using System.Text;

namespace DeckBuild.Benchmarks;

/// <summary>A course of many decks, each a chain of C# blocks that build on each other like a lecture's.</summary>
public static class GeneratedCourse
{
    public static IReadOnlyList<string> Blocks(int deck, int count) =>
        Enumerable.Range(0, count).Select(j => j == 0
            ? $"record Sample{deck}(int Id, double[] Values);\nvar samples = Enumerable.Range(0, 10)\n" +
              $"    .Select(i => new Sample{deck}(i, new[] {{ i * 0.5, i * 1.5 }})).ToList();"
            : $"static double Score{j}(Sample{deck} s) => s.Values.Sum() * {j};\n" +
              $"var total{j} = samples.Select(Score{j}).Sum();\n" +
              $"var names{j} = new Dictionary<int, string> {{ [{j}] = $\"block {{total{j}:F2}}\" }};\n" +
              $"names{j}[{j}]")
            .ToList();

    public static string Deck(int deck, int count)
    {
        var text = new StringBuilder($"# Deck {deck}\n");
        foreach (var (block, j) in Blocks(deck, count).Select((b, j) => (b, j)))
        {
            text.Append($"\n---\n\n## Step {j}\n\n```csharp\n{block}\n```\n");
        }

        return text.ToString();
    }
}
