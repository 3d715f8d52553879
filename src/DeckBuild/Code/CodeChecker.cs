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

            try
            {
                previous = CheckBlock(block, compilation, prelude, previous, library, ref libraryReference, bag);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The compiler itself failed (a labelled local function in a script makes Roslyn 5.9 throw). The
                // block stays unchecked and out of the program the later blocks see; they are still checked.
                bag.Report(DiagnosticCatalog.CompilerFailed, block.Fence, $"{e.GetType().Name}: {e.Message}");
            }
        }
    }

    /// <summary>Checks one block; returns the program the next block continues.</summary>
    private static CSharpCompilation CheckBlock(CodeBlock block, CodeCompilation compilation,
        CSharpCompilation prelude, CSharpCompilation previous, List<SyntaxTree> library,
        ref List<MetadataReference> libraryReference, DiagnosticBag bag)
    {
        var modifiers = block.Modifiers;
        var script = compilation.ParseScript(block.Code);
        if (CodeCompilation.DeclaresNamespace(script))
        {
            var tree = compilation.ParseRegular(block.Code);
            var trees = modifiers.Standalone ? [tree] : library.Append(tree).ToList();
            var result = compilation.Library(trees);
            Report(block, CodeCompilation.DiagnosticsOf(result, tree), bag);
            if (!modifiers.Standalone && !modifiers.Fails)
            {
                // Not standalone, so the compilation just checked is the whole library with this block.
                library.Add(tree);
                libraryReference = [result.ToMetadataReference()];
            }

            return previous;
        }

        var context = modifiers.Standalone ? prelude : previous;
        var submission = compilation.Submission(script, context, modifiers.Standalone ? [] : libraryReference);
        var diagnostics = CodeCompilation.DiagnosticsOf(submission, script);
        Report(block, diagnostics, bag);

        // Roslyn cannot build on a submission with errors; later blocks then see the program without it.
        var clean = !diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
        return clean && !modifiers.Standalone && !modifiers.Fails ? submission : previous;
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
