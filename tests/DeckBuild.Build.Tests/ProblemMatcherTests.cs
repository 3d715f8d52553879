using System.Text.RegularExpressions;

namespace DeckBuild.Build.Tests;

/// <summary>
/// DeckBuild's diagnostics in the build output are picked up by the problem matchers editors and CI use for
/// MSBuild: VS Code's <c>$msCompile</c> and the <c>csc</c> matcher GitHub Actions' setup-dotnet registers.
/// </summary>
public sealed partial class ProblemMatcherTests
{
    private const string Deck = """
        # Matchers

        <div data-fragment-index="1">Not a fragment</div>

        ```csharp
        int count = "three";
        ```
        """;

    public static TheoryData<string> LoggerModes => new() { "off", "on", "auto" };

    [Theory]
    [MemberData(nameof(LoggerModes))]
    public void VS_Code_msCompile_reads_each_diagnostic(string terminalLogger)
    {
        using var course = new CourseProject();
        course.Write("slides/deck.md", Deck);

        var found = Matches(course.Build($"--tl:{terminalLogger}").Log, MsCompile(), course.Directory);

        Assert.Equal(Expected(course.Directory), found);
    }

    /// <remarks>setup-dotnet's matcher needs the project suffix MSBuild's console logger writes. The terminal
    /// logger leaves it out for every tool, but it is off when output is not a terminal, as on a CI runner
    /// ("auto").</remarks>
    [Theory]
    [InlineData("off")]
    [InlineData("auto")]
    public void GitHub_setup_dotnet_csc_matcher_reads_each_diagnostic(string terminalLogger)
    {
        using var course = new CourseProject();
        course.Write("slides/deck.md", Deck);

        var found = Matches(course.Build($"--tl:{terminalLogger}").Log, SetupDotnetCsc(), course.Directory);

        Assert.Equal(Expected(course.Directory), found);
    }

    private static string[] Expected(string directory) =>
    [
        $"{directory}/slides/deck.md|3|6|warning|DECK402",
        $"{directory}/slides/deck.md|6|13|error|CS0029",
    ];

    /// <summary>The distinct matches as file|line|column|severity|code, ANSI escapes removed first (VS Code and
    /// GitHub strip them too).</summary>
    private static string[] Matches(string log, Regex matcher, string directory) => log
        .Split('\n')
        .Select(line => Ansi().Replace(line.TrimEnd('\r'), ""))
        .Select(line => matcher.Match(line))
        .Where(m => m.Success && m.Groups["code"].Value is var code &&
            (code.StartsWith("DECK", StringComparison.Ordinal) || code.StartsWith("CS", StringComparison.Ordinal)))
        .Select(m => $"{m.Groups["file"].Value.Trim()}|{m.Groups["line"].Value}|{m.Groups["column"].Value}|" +
            $"{m.Groups["severity"].Value}|{m.Groups["code"].Value}")
        .Where(m => m.StartsWith(directory, StringComparison.Ordinal))
        .Distinct()
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>VS Code's built-in <c>$msCompile</c> pattern, with its groups named; the location group is
    /// split into line and column the way VS Code splits it.</summary>
    [GeneratedRegex(@"^\s*(?:\s*\d+>)?(?<file>\S.*?)(?:\((?<line>\d+)(?:,(?<column>\d+))?(?:,\d+,\d+)?\))?\s*:\s+" +
        @"(?:(\S+)\s+)?(?<severity>(?:fatal +)?error|warning|info)\s+(?<code>\w+\d+)?\s*:\s*(?<message>.*)$")]
    private static partial Regex MsCompile();

    /// <summary>The <c>csc</c> pattern of actions/setup-dotnet (<c>.github/csc.json</c>), with its groups named.
    /// </summary>
    [GeneratedRegex(@"^(?<file>.*)\((?<line>\d+)(?:,(?<column>\d+)|,(?<column>\d+),\d+)?\):" +
        @"\s+(?<severity>error|warning)\s+(?<code>[a-zA-Z]+(?<!MSB)\d+):\s*(?<message>.*?)\s+\[(?<project>.*?)\]$")]
    private static partial Regex SetupDotnetCsc();

    [GeneratedRegex(@"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x1b\a]*(\x1b\\|\a)")]
    private static partial Regex Ansi();
}
