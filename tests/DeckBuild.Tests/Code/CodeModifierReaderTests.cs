using DeckBuild.Code;
using DeckBuild.Diagnostics;
using DeckBuild.Text;

namespace DeckBuild.Tests.Code;

/// <summary>The words after a C# fence's language.</summary>
public sealed class CodeModifierReaderTests
{
    [Fact]
    public void Known_modifiers_are_read()
    {
        var modifiers = Read("hidden reset standalone", out var bag);

        Assert.Empty(bag.Items);
        Assert.True(modifiers is { Hidden: true, Reset: true, Standalone: true, Fails: false, NoCheck: false });
    }

    [Fact]
    public void Fails_takes_an_optional_list_of_codes()
    {
        Assert.Equal(["CS0029", "CS0103"], Read("fails=cs0029,CS0103", out _).ExpectedCodes);
        Assert.True(Read("fails", out _) is { Fails: true, ExpectedCodes.Count: 0 });
    }

    [Fact]
    public void Nocheck_keeps_its_quoted_reason()
    {
        Assert.Equal("needs a GPU", Read("nocheck=\"needs a GPU\"", out _).NoCheckReason);
    }

    [Fact]
    public void Unknown_words_and_a_missing_reason_are_errors_at_their_column()
    {
        Read("hiden nocheck", out var bag);

        Assert.Equal(
        [
            "info(1,1,1,6): error DECK601: 'hiden' is not a code block modifier. Known modifiers: hidden, reset, " +
                "standalone, fails, fails=CS0029, nocheck=\"reason\".",
            "info(1,7,1,14): error DECK604: 'nocheck' needs a reason, as in nocheck=\"needs a GPU\", so readers " +
                "know why this block is not compiled.",
        ], bag.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public void Contradicting_modifiers_are_an_error()
    {
        Read("fails nocheck=\"old\"", out var bag);

        Assert.Contains(bag.Items, d => d.Code == "DECK605");
    }

    private static CodeModifiers Read(string text, out DiagnosticBag bag)
    {
        bag = new DiagnosticBag();
        var source = new SourceText("info", text);
        return CodeModifierReader.Read(text, source.Span(0, text.Length), bag);
    }
}
