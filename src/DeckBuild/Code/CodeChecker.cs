using DeckBuild.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;

namespace DeckBuild.Code;

/// <summary>
/// Type-checks the C# blocks of one deck in slide order and reports the compiler's own diagnostics at their
/// deck-file positions, honouring each block's modifiers.
/// </summary>
public static class CodeChecker
{
    public static void Check(IReadOnlyList<CodeBlock> blocks, CodeSession session, DiagnosticBag bag)
    {
        var compilation = session.Compilation;
        var prelude = session.Prelude;
        foreach (var (path, message) in session.TakeUnreadable())
        {
            bag.Report(DiagnosticCatalog.ReferenceNotLoaded, blocks[0].Fence, path, message);
        }

        var previous = prelude;
        var library = new List<SyntaxTree>();
        var libraryReference = new List<MetadataReference>();

        foreach (var block in blocks.Where(b => !b.Modifiers.NoCheck))
        {
            var modifiers = block.Modifiers;
            if (modifiers.Reset)
            {
                (previous, library, libraryReference) = (prelude, [], []);
            }

            var script = compilation.ParseScript(block.Code);
            if (CodeCompilation.DeclaresNamespace(script))
            {
                var tree = compilation.ParseRegular(block.Code);
                var trees = modifiers.Standalone ? [tree] : library.Append(tree).ToList();
                var result = compilation.Library(trees);
                Report(block, CodeCompilation.DiagnosticsOf(result, tree), bag);
                if (!modifiers.Standalone && !modifiers.Fails)
                {
                    library.Add(tree);
                    libraryReference = [compilation.Library(library).ToMetadataReference()];
                }

                continue;
            }

            var context = modifiers.Standalone ? prelude : previous;
            var submission = compilation.Submission(script, context, modifiers.Standalone ? [] : libraryReference);
            var diagnostics = CodeCompilation.DiagnosticsOf(submission, script);
            Report(block, diagnostics, bag);

            // Roslyn cannot build on a submission with errors; later blocks then see the program without it.
            var clean = !diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
            if (clean && !modifiers.Standalone && !modifiers.Fails)
            {
                previous = submission;
            }
        }
    }

    private static void Report(CodeBlock block, IEnumerable<Microsoft.CodeAnalysis.Diagnostic> found,
        DiagnosticBag bag)
    {
        var relevant = found
            .Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning && !d.IsSuppressed)
            .ToList();
        var errors = relevant.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var reported = relevant;

        if (block.Modifiers.Fails)
        {
            var expected = block.Modifiers.ExpectedCodes;
            var matching = errors.Where(e => expected.Count == 0 || expected.Contains(e.Id)).ToList();
            if (errors.Count == 0)
            {
                var written = expected.Count == 0 ? "fails" : "fails=" + string.Join(',', expected);
                bag.Report(DiagnosticCatalog.ExpectedFailureCompiled, block.Fence, written);
            }
            else if (matching.Count == 0)
            {
                bag.Report(DiagnosticCatalog.ExpectedCodesMissing, block.Fence, string.Join(", ", expected),
                    string.Join(", ", errors.Select(e => e.Id).Distinct()));
            }

            reported = relevant.Except(matching).ToList();
        }

        foreach (var diagnostic in reported)
        {
            bag.Add(CompilerDiagnostic.From(diagnostic, block));
        }
    }
}
