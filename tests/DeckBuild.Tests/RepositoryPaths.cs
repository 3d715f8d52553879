namespace DeckBuild.Tests;

/// <summary>Finds files of this repository from a running test, wherever the test output lives.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The browser runtime as DeckBuild.Tasks lays it out in its build output.</summary>
    public static string Runtime { get; } = typeof(RepositoryPaths).Assembly
        .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
        .Cast<System.Reflection.AssemblyMetadataAttribute>()
        .Single(a => a.Key == "DeckBuildRuntime").Value!;

    public static string Of(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DeckBuild.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("DeckBuild.sln not found above " + AppContext.BaseDirectory);
    }
}
