namespace DeckBuild.Output;

/// <summary>The one test of whether a path lies inside a folder, used wherever deck text or output could
/// otherwise reach outside the course.</summary>
public static class PathContainment
{
    /// <summary>The path relative to <paramref name="folder"/>, or null when it lies outside it.</summary>
    public static string? RelativeInside(string folder, string path)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(folder), Path.GetFullPath(path));
        var outside = relative == ".." ||
            relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) ||
            Path.IsPathRooted(relative);
        return outside ? null : relative;
    }
}
