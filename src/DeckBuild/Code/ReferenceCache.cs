using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace DeckBuild.Code;

/// <summary>
/// Reference assemblies, read once per build process and kept while the file is unchanged. MSBuild reuses its
/// nodes between builds, so a warm build never reads the ~200 framework reference assemblies again. Files are
/// read into memory, never mapped, so the course's own assembly is not locked while the next build writes it.
/// </summary>
public static class ReferenceCache
{
    private static readonly ConcurrentDictionary<string, (DateTime Stamp, long Length, MetadataReference Reference)>
        Cache = new(StringComparer.Ordinal);

    public static MetadataReference Get(string path)
    {
        var info = new FileInfo(path);
        var stamp = info.LastWriteTimeUtc;
        if (Cache.TryGetValue(path, out var entry) && entry.Stamp == stamp && entry.Length == info.Length)
        {
            return entry.Reference;
        }

        var reference = MetadataReference.CreateFromImage(File.ReadAllBytes(path), filePath: path);
        Cache[path] = (stamp, info.Length, reference);
        return reference;
    }
}
