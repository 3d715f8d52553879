using DeckBuild.Courses;
using DeckBuild.Diagnostics;
using DeckBuild.Output;

namespace DeckBuild.Assets;

/// <summary>
/// Turns the references of a deck into files to copy. A path may not leave the slides folder (so a deck can never
/// make the build read elsewhere); a missing file is reported, never copied.
/// </summary>
public static class AssetResolver
{
    /// <param name="deckPath">The deck the references are written in.</param>
    /// <param name="deckRoot">The slides folder.</param>
    /// <param name="references">The references to resolve.</param>
    /// <param name="bag">Receives every problem.</param>
    /// <param name="looked">Receives every file looked for inside the slides folder, found or not.</param>
    public static IReadOnlyList<AssetCopy> Resolve(string deckPath, string deckRoot,
        IEnumerable<AssetReference> references, DiagnosticBag bag, ICollection<string>? looked = null)
    {
        var copies = new List<AssetCopy>();
        var root = Path.GetFullPath(deckRoot);
        var deckDirectory = Path.GetDirectoryName(Path.GetFullPath(deckPath))!;
        foreach (var reference in references)
        {
            var relative = reference.FilePath.Replace('\\', '/');
            if (relative.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
            {
                bag.Report(DiagnosticCatalog.MissingAsset, reference.Span, reference.Url, "a path with characters " +
                    "no file name can have");
                continue;
            }

            var full = relative.StartsWith('/')
                ? Path.GetFullPath(Path.Combine(root, relative.TrimStart('/')))
                : Path.GetFullPath(Path.Combine(deckDirectory, relative));
            if (PathContainment.RelativeInside(root, full) is not { } inside || LeavesRoot(full, root))
            {
                bag.Report(DiagnosticCatalog.AssetOutsideRoot, reference.Span, reference.Url, root);
                continue;
            }

            looked?.Add(full);
            if (!File.Exists(full))
            {
                bag.Report(DiagnosticCatalog.MissingAsset, reference.Span, reference.Url,
                    Path.GetRelativePath(Path.GetDirectoryName(root.TrimEnd(Path.DirectorySeparatorChar))!, full)
                        .Replace('\\', '/'));
                continue;
            }

            copies.Add(new AssetCopy(full, inside.Replace('\\', '/')));
        }

        return copies;
    }

    /// <summary>True when the file, or a folder on its way, is a link that resolves outside the slides folder:
    /// a deck must not be able to copy, say, a home directory's files into the output.</summary>
    private static bool LeavesRoot(string full, string root)
    {
        for (var path = full; path.Length > root.Length; path = Path.GetDirectoryName(path)!)
        {
            var info = new FileInfo(path);
            var target = info.Exists || Directory.Exists(path) ? info.ResolveLinkTarget(returnFinalTarget: true) : null;
            if (target is not null && PathContainment.RelativeInside(root, target.FullName) is null)
            {
                return true;
            }
        }

        return false;
    }
}
