using DeckBuild.Code;
using DeckBuild.Courses;
using DeckBuild.Decks;
using DeckBuild.Diagnostics;
using DeckBuild.Output;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace DeckBuild.Tasks;

/// <summary>
/// Checks every deck of a course, reports each problem as an MSBuild error or warning at its file, line and
/// column, and, when no error was logged, writes the decks, their assets, an index and the runtime.
/// </summary>
public sealed class BuildDecks : Microsoft.Build.Utilities.Task
{
    /// <summary>The Markdown decks (the <c>Deck</c> items).</summary>
    [Required]
    public ITaskItem[] Decks { get; set; } = [];

    /// <summary>The timeline files (the <c>DeckTimeline</c> items).</summary>
    public ITaskItem[] Timelines { get; set; } = [];

    [Required]
    public string ProjectDirectory { get; set; } = "";

    /// <summary>The slides folder (<c>DeckRoot</c>).</summary>
    [Required]
    public string DeckRoot { get; set; } = "";

    /// <summary>Where the decks go (<c>DeckOutputPath</c>).</summary>
    [Required]
    public string OutputDirectory { get; set; } = "";

    /// <summary>The browser runtime to copy; by default the <c>runtime</c> folder beside this assembly.</summary>
    public string? RuntimeDirectory { get; set; }

    public string? CourseTitle { get; set; }

    public string? SlideSeparator { get; set; }

    public string? VerticalSeparator { get; set; }

    public string? NotesSeparator { get; set; }

    /// <summary>Whether C# code blocks are compiled (<c>DeckCheckCode</c>).</summary>
    public bool CheckCode { get; set; } = true;

    /// <summary>The assemblies code blocks compile against: the project's resolved references and its own
    /// assembly.</summary>
    public ITaskItem[] References { get; set; } = [];

    /// <summary>The project's <c>Using</c> items (metadata <c>Alias</c> and <c>Static</c> honoured).</summary>
    public ITaskItem[] Usings { get; set; } = [];

    public string? LangVersion { get; set; }

    public string? Nullable { get; set; }

    public string? DefineConstants { get; set; }

    /// <summary>The SDK's Roslyn folder (<c>$(RoslynTargetsPath)</c>); its <c>bincore</c> holds the compiler.
    /// </summary>
    public string? RoslynDirectory { get; set; }

    /// <summary>The project's <c>TreatWarningsAsErrors</c>, which MSBuild does not apply to tasks itself.</summary>
    public bool TreatWarningsAsErrors { get; set; }

    /// <summary>Codes kept as warnings under <c>TreatWarningsAsErrors</c> (the project's
    /// <c>WarningsNotAsErrors</c>).</summary>
    public string? WarningsNotAsErrors { get; set; }

    /// <summary>The project's <c>NoWarn</c>: a silenced code is never promoted to an error.</summary>
    public string? NoWarn { get; set; }

    /// <summary>The project's <c>WarningsAsErrors</c>, for the severities written to the SARIF log.</summary>
    public string? WarningsAsErrors { get; set; }

    /// <summary>Where to write a SARIF 2.1.0 log of all diagnostics (<c>DeckErrorLog</c>); none when empty.
    /// </summary>
    public string? ErrorLog { get; set; }

    /// <summary>Where each deck's result is kept between builds, so only changed decks are checked again.
    /// </summary>
    public string? CacheFile { get; set; }

    /// <summary>The files the previous run wrote; those this run does not write again are deleted.</summary>
    public ITaskItem[] PreviousOutputs { get; set; } = [];

    /// <summary>The summary line this run printed, so a later up-to-date build can repeat it.</summary>
    [Output]
    public string Summary { get; private set; } = "";

    /// <summary>Every file of the output, for <c>FileWrites</c> and incremental clean.</summary>
    [Output]
    public ITaskItem[] OutputFiles { get; private set; } = [];

    public override bool Execute()
    {
        try
        {
            Run();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug in DeckBuild must not become MSB4018: report it as a diagnostic the user can act on.
            Log.LogError(null, DiagnosticCatalog.InternalError.Id, null, ProjectDirectory, 0, 0, 0, 0,
                string.Format(DiagnosticCatalog.InternalError.MessageFormat, e.ToString()));
        }

        return !Log.HasLoggedErrors;
    }

    private void Run()
    {
        var options = Options();
        var course = CourseBuilder.Build(options);
        Log.LogMessage(MessageImportance.Normal,
            $"DeckBuild: checked {course.CheckedDecks} of {course.Decks.Count} decks; the others were unchanged.");
        var logged = Report(course.Diagnostics);
        if (Log.HasLoggedErrors)
        {
            CourseWriter.RemoveDecks(options);
            WriteErrorLog(course.Diagnostics);
            LogSummary(course, logged, written: false);
            return;
        }

        var writeProblems = new DiagnosticBag();
        var files = CourseWriter.Write(course, options, writeProblems);
        CourseWriter.RemoveStale(PreviousOutputs.Select(p => p.ItemSpec), files, options.OutputDirectory);
        logged = logged.Add(Report(writeProblems));
        course.Diagnostics.AddRange(writeProblems.Items);
        WriteErrorLog(course.Diagnostics);
        OutputFiles = files.Select(f => (ITaskItem)new TaskItem(f)).ToArray();
        LogSummary(course, logged, written: !Log.HasLoggedErrors);
    }

    private CourseOptions Options()
    {
        var separators = SlideSeparators.Create(
            string.IsNullOrEmpty(SlideSeparator) ? SlideSeparators.DefaultHorizontal : SlideSeparator,
            VerticalSeparator ?? SlideSeparators.DefaultVertical,
            string.IsNullOrEmpty(NotesSeparator) ? SlideSeparators.DefaultNotes : NotesSeparator);
        return new CourseOptions
        {
            ProjectDirectory = Path.GetFullPath(ProjectDirectory),
            DeckRoot = Path.GetFullPath(DeckRoot),
            OutputDirectory = Path.GetFullPath(OutputDirectory),
            Decks = Decks.Select(FullPath).ToList(),
            Timelines = Timelines.Select(FullPath).ToList(),
            RuntimeDirectory = RuntimeDirectory is { Length: > 0 } runtime
                ? Path.GetFullPath(runtime)
                : Path.Combine(Path.GetDirectoryName(typeof(BuildDecks).Assembly.Location)!, "runtime"),
            CourseTitle = string.IsNullOrEmpty(CourseTitle) ? "Slides" : CourseTitle,
            Separators = separators,
            CSharp = CSharp(),
            CacheFile = string.IsNullOrEmpty(CacheFile) ? null : Path.GetFullPath(CacheFile, ProjectDirectory),
        };
    }

    private CSharpOptions? CSharp()
    {
        if (!CheckCode)
        {
            return null;
        }

        var bincore = Path.Combine(RoslynDirectory ?? "", "bincore");
        var beside = File.Exists(Path.Combine(Path.GetDirectoryName(typeof(BuildDecks).Assembly.Location)!,
            "Microsoft.CodeAnalysis.CSharp.dll"));
        if (!beside && !RoslynLoader.TryUse(bincore))
        {
            Log.LogError(null, DiagnosticCatalog.CompilerUnavailable.Id, null, ProjectDirectory, 0, 0, 0, 0,
                string.Format(DiagnosticCatalog.CompilerUnavailable.MessageFormat,
                    $"no C# compiler in '{bincore}'"));
            return null;
        }

        return new CSharpOptions
        {
            References = References.Select(FullPath).ToList(),
            Usings = Usings.Select(u => new UsingDirective(u.ItemSpec,
                u.GetMetadata("Alias") is { Length: > 0 } alias ? alias : null,
                u.GetMetadata("Static").Equals("true", StringComparison.OrdinalIgnoreCase))).ToList(),
            LanguageVersion = LangVersion,
            Nullable = Nullable,
            PreprocessorSymbols = (DefineConstants ?? "")
                .Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
        };
    }

    private static string FullPath(ITaskItem item) =>
        Path.GetFullPath(item.GetMetadata("FullPath") is { Length: > 0 } full ? full : item.ItemSpec);

    /// <summary>
    /// Logs each diagnostic at its line and column only, as the C# compiler does: the problem matchers of CI
    /// systems (GitHub's for .NET among them) do not accept an end position, and the range is in the SARIF log.
    /// </summary>
    private Counts Report(DiagnosticBag bag)
    {
        var counts = new Counts(0, 0);
        foreach (var d in bag.Sorted())
        {
            if (d.Severity == DiagnosticSeverity.Error || PromotedToError(d.Code))
            {
                Log.LogError(null, d.Code, null, d.Path, d.Start.Line, d.Start.Column, 0, 0, d.Message);
                counts = counts with { Errors = counts.Errors + 1 };
            }
            else
            {
                Log.LogWarning(null, d.Code, null, d.Path, d.Start.Line, d.Start.Column, 0, 0, d.Message);
                counts = counts with { Warnings = counts.Warnings + 1 };
            }
        }

        return counts;
    }

    /// <summary>Writes the SARIF log with each diagnostic at the severity the build gave it; silenced codes are
    /// left out.</summary>
    private void WriteErrorLog(DiagnosticBag bag)
    {
        if (string.IsNullOrEmpty(ErrorLog))
        {
            return;
        }

        var noWarn = Codes(NoWarn);
        var asErrors = Codes(WarningsAsErrors);
        var reported = bag.Sorted()
            .Where(d => d.Severity == DiagnosticSeverity.Error || !noWarn.Contains(d.Code))
            .Select(d => IsPromoted(d, asErrors) ? d with { Severity = DiagnosticSeverity.Error } : d);
        var path = Path.GetFullPath(ErrorLog, ProjectDirectory);
        try
        {
            SarifLog.Write(path, reported, Path.GetFullPath(ProjectDirectory));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Log.LogError(null, DiagnosticCatalog.OutputNotWritable.Id, null, ProjectDirectory, 0, 0, 0, 0,
                string.Format(DiagnosticCatalog.OutputNotWritable.MessageFormat, path, e.Message));
        }
    }

    private bool IsPromoted(Diagnostic d, HashSet<string> asErrors) =>
        d.Severity == DiagnosticSeverity.Warning && (PromotedToError(d.Code) || asErrors.Contains(d.Code));

    private bool PromotedToError(string code) =>
        TreatWarningsAsErrors && !Codes(WarningsNotAsErrors).Contains(code) && !Codes(NoWarn).Contains(code);

    private static HashSet<string> Codes(string? list) =>
        (list ?? "").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    private void LogSummary(CourseResult course, Counts counts, bool written)
    {
        var where = written ? $"-> {Path.GetFullPath(OutputDirectory)}" : "(no decks written)";
        Summary = $"{course.Decks.Count} decks, {course.SlideCount} slides, {course.CheckedBlocks} code blocks, " +
            $"{counts.Errors} errors, {counts.Warnings} warnings {where}";
        Log.LogMessage(MessageImportance.High, "DeckBuild: " + Summary);
    }

    private readonly record struct Counts(int Errors, int Warnings)
    {
        public Counts Add(Counts other) => new(Errors + other.Errors, Warnings + other.Warnings);
    }
}
