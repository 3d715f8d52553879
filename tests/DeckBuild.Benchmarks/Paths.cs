using System.Reflection;

namespace DeckBuild.Benchmarks;

/// <summary>Where the repository and the task built alongside this program are.</summary>
public static class Paths
{
    public static string TaskAssembly => Metadata("DeckBuildTaskAssembly");

    public static string RepositoryRoot => Metadata("RepositoryRoot").TrimEnd('/', '\\');

    public static string Repo(string relative) => Path.Combine(RepositoryRoot, relative);

    private static string Metadata(string key) => typeof(Paths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == key).Value!;
}
