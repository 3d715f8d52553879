using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;

namespace DeckBuild.Build.Tests;

/// <summary>
/// A course project in a temporary folder that uses DeckBuild as a package user would: DeckBuild's props and
/// targets imported from the repository's build/ folder, the task from its build output.
/// </summary>
public sealed partial class CourseProject : IDisposable
{
    public CourseProject(string csprojBody = "")
    {
        Directory = Path.Combine(Path.GetTempPath(), "deckbuild-e2e", Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(Directory);
        var build = Path.Combine(RepositoryRoot, "build");
        Write("Directory.Build.props", $"<Project><Import Project=\"{build}/DeckBuild.props\" /></Project>");
        Write("Directory.Build.targets", $"""
            <Project>
              <PropertyGroup><DeckBuildTaskAssembly>{TaskAssembly}</DeckBuildTaskAssembly></PropertyGroup>
              <Import Project="{build}/DeckBuild.targets" />
            </Project>
            """);
        Write("Course.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <NuGetAudit>false</NuGetAudit>
              </PropertyGroup>
            {csprojBody}
            </Project>
            """);
    }

    public static string TaskAssembly => Metadata("DeckBuildTaskAssembly");

    public static string RepositoryRoot => Metadata("RepositoryRoot").TrimEnd('/', '\\');

    /// <summary>The configuration these tests, and so the task they use, were built in.</summary>
    public static string Configuration => Metadata("Configuration");

    public string Directory { get; }

    public string OutputFolder => Path.Combine(Directory, "bin", "Debug", "net10.0", "slides");

    public string Write(string relative, string content)
    {
        var path = Path.Combine(Directory, relative);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public void CopyFromRepository(string relative, string target)
    {
        var destination = Path.Combine(Directory, target);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        File.Copy(Path.Combine(RepositoryRoot, relative), destination, overwrite: true);
    }

    /// <summary>Runs <c>dotnet build</c> with the terminal logger off, in a fresh MSBuild node.</summary>
    public BuildRun Build(params string[] arguments) =>
        Run(new[] { "build", "-nodeReuse:false", "--tl:off", "-clp:NoSummary" }.Concat(arguments).ToArray());

    /// <summary>Runs any <c>dotnet</c> command in the project folder.</summary>
    public BuildRun Run(params string[] arguments) => Dotnet(Directory, new Dictionary<string, string>(), arguments);

    /// <summary>Runs <c>dotnet</c> in <paramref name="directory"/> with extra environment variables.</summary>
    public static BuildRun Dotnet(string directory, IDictionary<string, string> environment,
        params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new BuildRun(process.ExitCode, output + error.Result, directory);
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string Metadata(string key) => typeof(CourseProject).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == key).Value!;
}

/// <summary>The outcome of one build: exit code, whole log, and its DeckBuild diagnostics.</summary>
public sealed partial record BuildRun(int ExitCode, string Log, string ProjectDirectory)
{
    /// <summary>The distinct DeckBuild diagnostic lines, with the project folder and the trailing project name
    /// removed, in the order MSBuild printed them.</summary>
    public IReadOnlyList<string> Diagnostics => Log.Split('\n')
        .Select(l => l.Trim())
        .Where(l => DiagnosticLine().IsMatch(l))
        .Select(l => ProjectSuffix().Replace(l, "").Replace(ProjectDirectory + Path.DirectorySeparatorChar, ""))
        .Distinct()
        .ToList();

    [GeneratedRegex(@"^\S.*\(\d+,\d+\): (error|warning) (DECK|CS)\d+: ")]
    private static partial Regex DiagnosticLine();

    [GeneratedRegex(@" \[[^\]]*\.csproj\]$")]
    private static partial Regex ProjectSuffix();
}
