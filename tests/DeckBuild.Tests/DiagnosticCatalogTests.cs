using System.Globalization;
using DeckBuild.Diagnostics;

namespace DeckBuild.Tests;

/// <summary>The catalogue of codes: unique, well-formed, and each documented.</summary>
public sealed class DiagnosticCatalogTests
{
    public static TheoryData<string> Codes => new(DiagnosticCatalog.All.Select(d => d.Id));

    [Fact]
    public void Codes_are_unique_and_follow_the_DECK_number_form()
    {
        var ids = DiagnosticCatalog.All.Select(d => d.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches(@"^DECK[1-9]\d\d$", id));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Each_code_has_a_page_with_its_title(string code)
    {
        var descriptor = DiagnosticCatalog.All.Single(d => d.Id == code);
        var page = RepositoryPaths.Of(descriptor.HelpPath!);

        Assert.True(File.Exists(page), $"{code} has no page at {descriptor.HelpPath}");
        Assert.Equal($"# {code}: {descriptor.Title}", File.ReadLines(page).First());
        Assert.Contains(descriptor.Severity == DiagnosticSeverity.Error ? "**error**" : "**warning**",
            File.ReadAllText(page));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Each_code_is_listed_in_the_index(string code) =>
        Assert.Contains($"[{code}]({code}.md)", File.ReadAllText(RepositoryPaths.Of("docs/diagnostics/README.md")));

    [Theory]
    [MemberData(nameof(Codes))]
    public void Each_message_template_formats_with_enough_arguments(string code)
    {
        var descriptor = DiagnosticCatalog.All.Single(d => d.Id == code);
        var args = Enumerable.Repeat<object?>("x", 8).ToArray();

        var message = string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, args);

        Assert.DoesNotContain("{", message.Replace("{{", ""), StringComparison.Ordinal);
    }
}
