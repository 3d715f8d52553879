using System.Text.Json;

namespace DeckBuild.Build.Tests;

/// <summary><c>DeckErrorLog</c> writes a SARIF 2.1.0 log that code-scanning tools accept.</summary>
public sealed class ErrorLogTests
{
    [Fact]
    public void The_log_holds_every_diagnostic_with_its_rule_and_md_location()
    {
        using var course = new CourseProject();
        course.Write("slides/my deck.md", """
            # Log

            <div data-fragment-index="1">Not a fragment</div>

            {{TIMELINE:missing}}
            """);

        var run = course.Build("-p:DeckErrorLog=deck.sarif");

        Assert.NotEqual(0, run.ExitCode);
        using var log = JsonDocument.Parse(File.ReadAllText(Path.Combine(course.Directory, "deck.sarif")));
        var root = log.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var sarifRun = root.GetProperty("runs")[0];
        var rules = sarifRun.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Select(r => r.GetProperty("id").GetString()!).ToArray();
        Assert.Equal(["DECK302", "DECK402"], rules);
        var results = sarifRun.GetProperty("results").EnumerateArray().Select(r =>
        {
            var location = r.GetProperty("locations")[0].GetProperty("physicalLocation");
            var region = location.GetProperty("region");
            return $"{r.GetProperty("ruleId").GetString()} {r.GetProperty("level").GetString()} " +
                $"{location.GetProperty("artifactLocation").GetProperty("uri").GetString()} " +
                $"{region.GetProperty("startLine").GetInt32()}:{region.GetProperty("startColumn").GetInt32()}-" +
                $"{region.GetProperty("endLine").GetInt32()}:{region.GetProperty("endColumn").GetInt32()}";
        });
        Assert.Equal(
        [
            "DECK402 warning slides/my%20deck.md 3:6-3:25",
            "DECK302 error slides/my%20deck.md 5:1-5:21",
        ], results);
        Assert.StartsWith("file:///", sarifRun.GetProperty("originalUriBaseIds").GetProperty("PROJECTROOT")
            .GetProperty("uri").GetString());
    }

    [Fact]
    public void A_warning_promoted_by_WarningsAsErrors_is_an_error_in_the_log()
    {
        using var course = new CourseProject();
        course.Write("slides/deck.md", "<div data-fragment-index=\"1\">x</div>\n");

        course.Build("-p:DeckErrorLog=deck.sarif", "-p:WarningsAsErrors=DECK402");

        var text = File.ReadAllText(Path.Combine(course.Directory, "deck.sarif"));
        Assert.Contains("\"level\": \"error\"", text);
        Assert.DoesNotContain("\"level\": \"warning\"", text.Split("\"results\"")[1]);
    }
}
