using DeckBuild.Output;

namespace DeckBuild.Tests.Output;

/// <summary>Output files are written whole or not at all, and an unchanged file is left alone.</summary>
public sealed class AtomicFileTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "deckbuild-atomic", Guid.NewGuid().ToString("N"));

    public AtomicFileTests() => Directory.CreateDirectory(folder);

    [Fact]
    public void Writing_the_same_content_again_leaves_the_file_untouched()
    {
        var path = Path.Combine(folder, "page.html");
        Assert.True(AtomicFile.Write(path, "<p>one</p>"u8));
        var stamp = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, stamp);

        Assert.False(AtomicFile.Write(path, "<p>one</p>"u8));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(path));
        Assert.True(AtomicFile.Write(path, "<p>two</p>"u8));
        Assert.Equal("<p>two</p>", File.ReadAllText(path));
    }

    [Fact]
    public void A_write_that_fails_keeps_the_old_file_and_leaves_no_temporary_file()
    {
        var path = Path.Combine(folder, "page.html");
        AtomicFile.Write(path, "<p>old</p>"u8);

        // A directory where the file should be makes the rename fail after the temporary file was written.
        var target = Path.Combine(folder, "taken");
        Directory.CreateDirectory(target);
        Assert.ThrowsAny<IOException>(() => AtomicFile.Write(target, "<p>new</p>"u8));

        Assert.Equal("<p>old</p>", File.ReadAllText(path));
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
    }

    [Fact]
    public void A_copy_takes_the_source_timestamp_and_is_skipped_once_made()
    {
        var source = Path.Combine(folder, "source.css");
        var target = Path.Combine(folder, "out", "copy.css");
        File.WriteAllText(source, "body {}");

        Assert.True(AtomicFile.Copy(source, target));
        Assert.Equal(File.GetLastWriteTimeUtc(source), File.GetLastWriteTimeUtc(target));
        Assert.False(AtomicFile.Copy(source, target));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
