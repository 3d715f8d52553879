using System.Reflection;
using System.Runtime.Loader;

namespace DeckBuild.Tasks;

/// <summary>
/// Makes the task use the C# compiler of the SDK that runs the build. That copy is ReadyToRun-compiled, so the
/// first compile of a cold build costs far less than the NuGet copy, which would be JIT-compiled; and it is the
/// same compiler that builds the course project, so slides are checked with the course's own compiler.
/// </summary>
public static class RoslynLoader
{
    private static readonly object Gate = new();
    private static string? directory;

    /// <summary>Points Roslyn's assemblies at <paramref name="roslynDirectory"/> (the SDK's Roslyn/bincore);
    /// returns false when the compiler is not there.</summary>
    public static bool TryUse(string roslynDirectory)
    {
        var folder = Path.GetFullPath(roslynDirectory);
        if (!File.Exists(Path.Combine(folder, "Microsoft.CodeAnalysis.CSharp.dll")))
        {
            return false;
        }

        lock (Gate)
        {
            if (directory is null)
            {
                var context = AssemblyLoadContext.GetLoadContext(typeof(RoslynLoader).Assembly) ??
                    AssemblyLoadContext.Default;
                context.Resolving += Resolve;
            }

            directory = folder;
        }

        return true;
    }

    private static Assembly? Resolve(AssemblyLoadContext context, AssemblyName name)
    {
        var isRoslyn = name.Name?.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) == true;
        if (directory is null || !isRoslyn)
        {
            return null;
        }

        var path = Path.Combine(directory, name.Name + ".dll");
        return File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
    }
}
