using DeckBuild.Code;
using DeckBuild.Courses;
using DeckBuild.Testing;

namespace DeckBuild.Tests.Code;

/// <summary>C# blocks compiled against the real .NET reference assemblies, one deck at a time.</summary>
public sealed class CodeCheckTests
{
    [Fact]
    public void A_type_error_is_reported_with_the_compilers_code_at_its_deck_position()
    {
        var lines = Check("# Deck\n\n```csharp\nvar text = \"a\";\nint n = text;\n```\n");

        Assert.Equal(
            ["deck.md(5,9,5,13): error CS0029: Cannot implicitly convert type 'string' to 'int' " +
                "(slide 1, block 'var text = \"a\";')"],
            lines);
    }

    [Fact]
    public void A_block_the_compiler_fails_on_is_a_warning_and_the_blocks_after_it_are_still_checked()
    {
        // Roslyn 5.9 throws on a labelled local function in a script; when it stops, this test needs another input.
        var lines = Check("```csharp\nvar before = 1;\n```\n\n```csharp\nretry: void Connect() { }\n```\n\n" +
            "```csharp\nint after = before + \"x\";\n```\n");

        Assert.Equal(2, lines.Count);
        Assert.StartsWith("deck.md(5,1,5,10): warning DECK608: The C# compiler failed while checking this block " +
            "(NullReferenceException: ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("deck.md(10,13,10,25): error CS0029", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Positions_are_exact_in_block_quotes_indented_list_fences_and_CRLF_files()
    {
        var lines = Check(string.Join("\r\n",
            "# Quoted", "", "> ```csharp", "> int quoted = \"q\";", "> ```", "",
            "1. Step one", "", "   ```cs", "   \tint tabbed = \"t\";", "   ```", ""));

        Assert.Equal(
        [
            "deck.md(4,16,4,19): error CS0029: Cannot implicitly convert type 'string' to 'int' " +
                "(slide 1, block 'int quoted = \"q\";')",
            "deck.md(10,18,10,21): error CS0029: Cannot implicitly convert type 'string' to 'int' " +
                "(slide 1, block 'int tabbed = \"t\";')",
        ], lines);
    }

    [Fact]
    public void Later_blocks_see_earlier_types_methods_and_variables()
    {
        var lines = Check("""
            ```csharp
            record Point(int X, int Y);
            static int Sum(Point p) => p.X + p.Y;
            ```

            ---

            ```csharp
            var origin = new Point(0, 0);
            Sum(origin)
            ```

            ```csharp
            int total = Sum(origin) + 1;
            ```
            """);

        Assert.Empty(lines);
    }

    [Fact]
    public void Reset_starts_a_new_program_and_standalone_blocks_see_nothing()
    {
        var lines = Check("""
            ```csharp
            var shared = 1;
            ```

            ```csharp standalone
            var alone = shared;
            ```

            ```csharp
            var stillThere = shared;
            ```

            ```csharp reset
            var gone = shared;
            ```
            """);

        Assert.Equal(
        [
            "deck.md(6,13,6,19): error CS0103: The name 'shared' does not exist in the current context " +
                "(slide 1, block 'var alone = shared;')",
            "deck.md(14,12,14,18): error CS0103: The name 'shared' does not exist in the current context " +
                "(slide 1, block 'var gone = shared;')",
        ], lines);
    }

    [Fact]
    public void A_namespace_block_compiles_as_a_file_that_later_blocks_use()
    {
        var lines = Check("""
            ```csharp
            namespace Course.Models
            {
                public sealed class Layer(int size) { public int Size => size; }
            }
            ```

            ```csharp
            var layer = new Course.Models.Layer(8);
            string size = layer.Size;
            ```
            """);

        Assert.Equal(
            ["deck.md(10,15,10,25): error CS0029: Cannot implicitly convert type 'int' to 'string' " +
                "(slide 1, block 'var layer = new Course.Models.Layer(8);')"],
            lines);
    }

    [Fact]
    public void An_expected_failure_passes_with_its_code_and_is_reported_with_another()
    {
        var lines = Check("""
            ```csharp fails=CS0029
            int n = "text";
            ```

            ```csharp fails=CS0029
            int m = missing;
            ```

            ```csharp fails
            var fine = 1;
            ```
            """);

        Assert.Equal(
        [
            "deck.md(5,1,5,23): error DECK603: This block is expected to fail with CS0029, but the compiler " +
                "reported CS0103. Fix the code or the list of codes.",
            "deck.md(6,9,6,16): error CS0103: The name 'missing' does not exist in the current context " +
                "(slide 1, block 'int m = missing;')",
            "deck.md(9,1,9,16): error DECK602: This block is marked 'fails' but compiles without errors. Remove " +
                "the modifier, or make the code show the mistake it is meant to show.",
        ], lines);
    }

    [Fact]
    public void Hidden_blocks_and_lines_before_the_cut_are_compiled_but_not_rendered()
    {
        using var course = new TestCourse();
        course.Write("deck.md", """
            ```csharp hidden
            var secret = 41;
            ```

            ```csharp
            var setup = secret;
            // ---cut---
            var answer = setup + 1;
            ```
            """);

        var result = CourseBuilder.Build(course.Options("deck.md") with { CSharp = Settings() });

        Assert.Empty(course.Lines(result));
        var page = Assert.Single(result.Decks).Html;
        Assert.DoesNotContain("secret", page);
        Assert.DoesNotContain("---cut---", page);
        Assert.Contains("<code class=\"language-csharp\">var answer = setup + 1;\n</code>", page);
    }

    [Fact]
    public void Nocheck_blocks_are_not_compiled_and_project_usings_apply()
    {
        var lines = Check("""
            ```csharp nocheck="pseudo code"
            this is not C#
            ```

            ```c#
            var sb = new StringBuilder("ok");
            ```
            """, new UsingDirective("System.Text"));

        Assert.Empty(lines);
    }

    [Theory]
    [InlineData("```c#\nint n = \"x\";\n```\n")]
    [InlineData("1. Step\n\n   ````cs\n   int n = \"x\";\n   ````\n")]
    public void A_deck_whose_only_blocks_are_written_c_sharp_or_in_a_list_is_checked(string deck)
    {
        var lines = Check(deck);

        Assert.Contains(lines, l => l.Contains("error CS0029", StringComparison.Ordinal));
    }

    private static IReadOnlyList<string> Check(string deck, params UsingDirective[] usings)
    {
        using var course = new TestCourse();
        course.Write("deck.md", deck);
        var result = CourseBuilder.Build(course.Options("deck.md") with { CSharp = Settings(usings) });
        return course.Lines(result);
    }

    private static CSharpOptions Settings(params UsingDirective[] usings) => new()
    {
        References = FrameworkReferences.Paths,
        Usings = usings.Length > 0 ? usings : [new UsingDirective("System")],
    };
}
