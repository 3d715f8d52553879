namespace DeckBuild.Testing;

/// <summary>The .NET reference assemblies of the SDK running the tests: what a net10.0 course compiles against.
/// </summary>
public static class FrameworkReferences
{
    public static IReadOnlyList<string> Paths { get; } = Find();

    private static IReadOnlyList<string> Find()
    {
        var shared = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var root = Path.GetFullPath(Path.Combine(shared, "..", "..", ".."));
        var pack = Directory.GetDirectories(Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref"))
            .OrderBy(d => d, StringComparer.Ordinal)
            .Last();
        return Directory.GetFiles(Path.Combine(pack, "ref", "net10.0"), "*.dll");
    }
}
