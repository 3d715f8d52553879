namespace DeckBuild.Code;

/// <summary>
/// The words after a C# fence's language (and line steps) that say how the block is checked.
/// </summary>
public sealed record CodeModifiers
{
    public static CodeModifiers None { get; } = new();

    /// <summary>Compiled, never shown: setup the slides need but the audience does not.</summary>
    public bool Hidden { get; init; }

    /// <summary>Starts a fresh program: this block and the following ones no longer see earlier blocks.</summary>
    public bool Reset { get; init; }

    /// <summary>Compiled on its own: it sees no other block and no other block sees it.</summary>
    public bool Standalone { get; init; }

    /// <summary>Must fail to compile; the build fails when it compiles.</summary>
    public bool Fails { get; init; }

    /// <summary>With <see cref="Fails"/>: the compiler codes the block must fail with (empty: any error).</summary>
    public IReadOnlyList<string> ExpectedCodes { get; init; } = [];

    /// <summary>Not compiled at all, for the reason given.</summary>
    public string? NoCheckReason { get; init; }

    public bool NoCheck => NoCheckReason is not null;
}
