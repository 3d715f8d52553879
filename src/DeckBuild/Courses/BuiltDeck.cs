namespace DeckBuild.Courses;

/// <summary>A deck ready to be written: its page and the files it needs beside it.</summary>
/// <param name="SourcePath">The deck file, as MSBuild passed it.</param>
/// <param name="OutputPath">The page's path relative to the output folder, with forward slashes.</param>
/// <param name="Title">The deck's title.</param>
/// <param name="Html">The whole page.</param>
/// <param name="SlideCount">How many slides, horizontal and vertical.</param>
/// <param name="Assets">The local files the deck loads.</param>
/// <param name="Timelines">The timeline files the deck uses, so a change to one rebuilds it.</param>
/// <param name="CheckedBlocks">How many C# blocks were compiled.</param>
/// <param name="RuntimeFiles">The theme files of the runtime the page loads, relative to the runtime folder.
/// </param>
public sealed record BuiltDeck(string SourcePath, string OutputPath, string Title, string Html, int SlideCount,
    IReadOnlyList<AssetCopy> Assets, IReadOnlyList<string> Timelines, int CheckedBlocks,
    IReadOnlyList<string> RuntimeFiles);

/// <summary>A file to copy from the slides folder into the output folder.</summary>
/// <param name="SourcePath">The absolute path of the file.</param>
/// <param name="OutputPath">Its path relative to the output folder, with forward slashes.</param>
public sealed record AssetCopy(string SourcePath, string OutputPath);
