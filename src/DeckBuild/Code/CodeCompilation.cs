using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DeckBuild.Code;

/// <summary>
/// The Roslyn settings of one deck's code: parse and compilation options and references, built once per deck.
/// Blocks are compiled as script submissions, which is what makes a deck one program in slide order: a
/// submission sees the types, methods and variables of the ones before it, and allows statements, declarations
/// and a bare final expression in any order. Nothing is emitted or run.
/// </summary>
public sealed class CodeCompilation
{
    private readonly CSharpParseOptions scriptParse;
    private readonly CSharpParseOptions regularParse;
    private readonly CSharpCompilationOptions options;
    private readonly IReadOnlyList<MetadataReference> references;
    private readonly CSharpOptions settings;
    private int submission;

    public CodeCompilation(CSharpOptions settings, IReadOnlyList<MetadataReference> references)
    {
        this.settings = settings;
        this.references = references;
        var version = LanguageVersion.Default;
        if (!string.IsNullOrEmpty(settings.LanguageVersion))
        {
            LanguageVersionFacts.TryParse(settings.LanguageVersion, out version);
        }

        scriptParse = new CSharpParseOptions(version, DocumentationMode.None, SourceCodeKind.Script,
            settings.PreprocessorSymbols);
        regularParse = scriptParse.WithKind(SourceCodeKind.Regular);
        options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: Nullable(settings.Nullable), allowUnsafe: true,
            concurrentBuild: false);
    }

    public SyntaxTree ParseScript(string code) => CSharpSyntaxTree.ParseText(code, scriptParse);

    public SyntaxTree ParseRegular(string code) => CSharpSyntaxTree.ParseText(code, regularParse);

    /// <summary>True for a block that declares a namespace, which a script cannot: it compiles as a file.</summary>
    public static bool DeclaresNamespace(SyntaxTree tree) => tree.GetRoot().DescendantNodes(n =>
            n is Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax)
        .Any(n => n is Microsoft.CodeAnalysis.CSharp.Syntax.BaseNamespaceDeclarationSyntax);

    /// <summary>
    /// The first submission of every program: the project's global usings, which later submissions inherit.
    /// A using that does not resolve against the references (one line each) is left out, since Roslyn cannot
    /// build on a submission with errors and it is a project setting, not a slide's mistake.
    /// </summary>
    public CSharpCompilation Prelude()
    {
        var lines = settings.Usings.Select(u => u.ToSource(global: false)).ToList();
        var prelude = Submission(ParseScript(string.Join('\n', lines)), null, []);
        var broken = prelude.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.IsInSource)
            .Select(d => d.Location.GetLineSpan().StartLinePosition.Line)
            .ToHashSet();
        return broken.Count == 0
            ? prelude
            : Submission(ParseScript(string.Join('\n', lines.Where((_, i) => !broken.Contains(i)))), null, []);
    }

    public CSharpCompilation Submission(SyntaxTree tree, CSharpCompilation? previous,
        IEnumerable<MetadataReference> libraries) =>
        CSharpCompilation.CreateScriptCompilation($"Deck.Submission{Interlocked.Increment(ref submission)}", tree,
            references.Concat(libraries), options, previous);

    /// <summary>A regular compilation of the namespace blocks so far, with the project's usings as global usings.
    /// </summary>
    public CSharpCompilation Library(IEnumerable<SyntaxTree> trees)
    {
        var usings = ParseRegular(string.Join('\n', settings.Usings.Select(u => u.ToSource(global: true))));
        return CSharpCompilation.Create($"Deck.Library{Interlocked.Increment(ref submission)}", trees.Prepend(usings),
            references, options);
    }

    public static ImmutableArray<Diagnostic> DiagnosticsOf(Compilation compilation, SyntaxTree tree) =>
        compilation.GetSemanticModel(tree).GetDiagnostics();

    private static NullableContextOptions Nullable(string? value) => value?.ToLowerInvariant() switch
    {
        "enable" => NullableContextOptions.Enable,
        "warnings" => NullableContextOptions.Warnings,
        "annotations" => NullableContextOptions.Annotations,
        _ => NullableContextOptions.Disable,
    };
}
