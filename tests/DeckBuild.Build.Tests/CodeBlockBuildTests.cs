namespace DeckBuild.Build.Tests;

/// <summary>C# code blocks compiled by a real build against the course project's own references.</summary>
public sealed class CodeBlockBuildTests
{
    private const string Project = """
          <PropertyGroup>
            <Nullable>enable</Nullable>
          </PropertyGroup>
          <ItemGroup>
            <Using Include="System.Text" />
          </ItemGroup>
        """;

    [Fact]
    public void A_type_error_gets_the_compilers_code_at_its_position_in_the_md_file()
    {
        using var course = new CourseProject();
        course.Write("slides/code.md", string.Join("\r\n",
            "# Types", "", "---", "", "- A list item with code:", "", "    ```csharp",
            "    var ok = 1;", "    int count = \"three\";", "    ```", ""));

        var run = course.Build();

        Assert.NotEqual(0, run.ExitCode);
        Assert.Equal(
            ["slides/code.md(9,17): error CS0029: Cannot implicitly convert type 'string' to 'int' " +
                "(slide 2, block 'var ok = 1;')"],
            run.Diagnostics);
    }

    [Fact]
    public void Chained_blocks_see_each_other_and_the_projects_own_code_and_usings()
    {
        using var course = new CourseProject(Project);
        course.Write("Geometry.cs", """
            namespace Course;

            public static class Geometry
            {
                public static double Area(double r) => System.Math.PI * r * r;
            }
            """);
        course.Write("slides/chain.md", """
            # Chain

            ```csharp hidden
            var radius = 2.0;
            ```

            ```csharp [1|2]
            var area = Course.Geometry.Area(radius);
            var text = new StringBuilder().Append(area).ToString();
            ```

            ---

            ```csharp
            namespace Shapes { public record Circle(double Radius); }
            ```

            ```csharp
            // setup that stays off the slide
            var circle = new Shapes.Circle(radius);
            // ---cut---
            record Square(double Side);
            var both = (circle, new Square(area));
            both
            ```

            ```csharp fails=CS0266
            int rounded = area * 2L;
            ```

            ```csharp
            string? maybe = null;
            string sure = maybe;
            ```
            """);

        var run = course.Build();

        Assert.True(run.ExitCode == 0, run.Log);
        Assert.Equal(
            ["slides/chain.md(33,15): warning CS8601: Possible null reference assignment. " +
                "(slide 2, block 'string? maybe = null;')"],
            run.Diagnostics);
        Assert.Contains("DeckBuild: 1 decks, 2 slides, 6 code blocks, 0 errors, 1 warnings", run.Log);
        var page = File.ReadAllText(Path.Combine(course.OutputFolder, "chain.html"));
        Assert.DoesNotContain("var radius", page);
        Assert.DoesNotContain("setup that stays off the slide", page);
        Assert.Contains("record Square(double Side);", page);
    }

    [Fact]
    public void Modifiers_are_checked_and_an_expected_failure_that_compiles_fails_the_build()
    {
        using var course = new CourseProject();
        course.Write("slides/modifiers.md", """
            ```csharp hiden
            var x = 1;
            ```

            ```csharp fails
            var y = 2;
            ```

            ```csharp nocheck
            this is not C#
            ```
            """);

        var run = course.Build();

        Assert.NotEqual(0, run.ExitCode);
        Assert.Equal(
        [
            "slides/modifiers.md(1,11): error DECK601: 'hiden' is not a code block modifier. Known modifiers: " +
                "hidden, reset, standalone, fails, fails=CS0029, nocheck=\"reason\".",
            "slides/modifiers.md(5,1): error DECK602: This block is marked 'fails' but compiles without " +
                "errors. Remove the modifier, or make the code show the mistake it is meant to show.",
            "slides/modifiers.md(9,11): error DECK604: 'nocheck' needs a reason, as in nocheck=\"needs a GPU\", " +
                "so readers know why this block is not compiled.",
        ], run.Diagnostics);
    }
}
