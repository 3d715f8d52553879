namespace DeckBuild.Code;

/// <summary>A global using of the course project (an MSBuild <c>Using</c> item).</summary>
public sealed record UsingDirective(string Name, string? Alias = null, bool Static = false)
{
    public string ToSource(bool global) =>
        (global ? "global " : "") + "using " + (Static ? "static " : "") + (Alias is null ? "" : Alias + " = ") +
        Name + ";";
}

/// <summary>How code blocks are compiled: the course project's own references, usings and language settings.
/// </summary>
public sealed record CSharpOptions
{
    /// <summary>Paths of the assemblies to compile against (the project's resolved references).</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    public IReadOnlyList<UsingDirective> Usings { get; init; } = [];

    /// <summary>The project's <c>LangVersion</c>; empty means the compiler's default.</summary>
    public string? LanguageVersion { get; init; }

    /// <summary>The project's <c>Nullable</c>: enable, disable, warnings or annotations.</summary>
    public string? Nullable { get; init; }

    public IReadOnlyList<string> PreprocessorSymbols { get; init; } = [];
}
