namespace DeckBuild.Output;

/// <summary>
/// Writes files whole or not at all: into a temporary file beside the target, then renamed over it. A file whose
/// content is already right is not touched, so its timestamp keeps telling the truth to incremental builds.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="content"/>; returns false when the file already held exactly that.</summary>
    public static bool Write(string path, ReadOnlySpan<byte> content)
    {
        if (HasContent(path, content))
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(content);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }

        return true;
    }

    /// <summary>
    /// Copies a file the same way and gives the copy the source's timestamp; returns false when the target was
    /// already a copy. A target of the same length and timestamp counts as a copy without being read, which
    /// keeps a build that copies a few hundred runtime files cheap.
    /// </summary>
    public static bool Copy(string source, string target)
    {
        var from = new FileInfo(source);
        var to = new FileInfo(target);
        if (to.Exists && to.Length == from.Length && to.LastWriteTimeUtc == from.LastWriteTimeUtc)
        {
            return false;
        }

        var written = Write(target, File.ReadAllBytes(source));
        File.SetLastWriteTimeUtc(target, from.LastWriteTimeUtc);
        return written;
    }

    private static bool HasContent(string path, ReadOnlySpan<byte> content)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != content.Length)
        {
            return false;
        }

        return File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
    }
}
