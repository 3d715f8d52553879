using System.Diagnostics;
using System.Text.RegularExpressions;

namespace DeckBuild.Benchmarks;

/// <summary>
/// Peak memory (maximum resident set size, from GNU time) of a single-process 'dotnet build' of a generated
/// course, with DeckBuild and with DeckBuild skipped.
/// </summary>
public static partial class BuildMemory
{
    public static void Run(int decks, int blocksPerDeck)
    {
        using var course = new TempCourse("memory");
        course.Write("Course.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <NuGetAudit>false</NuGetAudit>
              </PropertyGroup>
            </Project>
            """);
        for (var i = 0; i < decks; i++)
        {
            course.Write($"slides/deck{i:D3}.md", GeneratedCourse.Deck(i, blocksPerDeck));
        }

        Dotnet.Run(course.Directory, null, "restore");
        var skipped = PeakMegabytes(course, "-p:DeckBuildSkip=true", "--no-incremental");
        var (withDeckBuild, seconds) = (PeakMegabytes(course, "--no-incremental"), LastSeconds);
        Console.WriteLine($"Peak memory of 'dotnet build -m:1' on {decks} decks x {blocksPerDeck} blocks");
        Console.WriteLine($"  with DeckBuild: {withDeckBuild} MB ({seconds:F1} s), DeckBuild skipped: {skipped} MB");
    }

    private static double LastSeconds { get; set; }

    private static long PeakMegabytes(TempCourse course, params string[] extra)
    {
        var start = new ProcessStartInfo("/usr/bin/time")
        {
            WorkingDirectory = course.Directory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var argument in new[] { "-v", "dotnet", "build", "--no-restore", "-m:1", "-nodeReuse:false" }
                     .Concat(extra))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var report = process.StandardError.ReadToEnd();
        process.WaitForExit();
        LastSeconds = clock.Elapsed.TotalSeconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("The build failed:\n" + output.Result + report);
        }

        return long.Parse(MaxResident().Match(report).Groups[1].Value) / 1024;
    }

    [GeneratedRegex(@"Maximum resident set size \(kbytes\): (\d+)")]
    private static partial Regex MaxResident();
}
