using System.Reflection;

namespace DeckBuild.Benchmarks;

/// <summary>Where the repository and the task built alongside this program are.</summary>
public static class Paths
{
    public static string TaskAssembly => Metadata("DeckBuildTaskAssembly");

    public static string RepositoryRoot => Metadata("RepositoryRoot").TrimEnd('/', '\\');

    public static string Repo(string relative) => Path.Combine(RepositoryRoot, relative);

    /// <summary>The .NET 10 reference assemblies of the SDK running this program.</summary>
    public static IReadOnlyList<string> FrameworkReferences()
    {
        var shared = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var root = Path.GetFullPath(Path.Combine(shared, "..", "..", ".."));
        var pack = Directory.GetDirectories(Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref"))
            .OrderBy(d => d, StringComparer.Ordinal)
            .Last();
        return Directory.GetFiles(Path.Combine(pack, "ref", "net10.0"), "*.dll");
    }

    private static string Metadata(string key) => typeof(Paths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == key).Value!;
}
