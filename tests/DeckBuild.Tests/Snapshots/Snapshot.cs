using System.Runtime.CompilerServices;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace DeckBuild.Tests.Snapshots;

/// <summary>
/// Compares text with a <c>NAME.verified.EXT</c> file kept beside the test. On a mismatch or a missing snapshot it
/// writes <c>NAME.received.EXT</c> and fails with a line diff. Accepting a change is explicit: run the tests with
/// <c>DECKBUILD_ACCEPT=1</c>, or rename the received file to the verified one.
/// </summary>
public static class Snapshot
{
    public static void Match(string actual, string name, string extension = "html",
        [CallerFilePath] string testFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(testFile)!, "verified");
        var verified = Path.Combine(folder, $"{name}.verified.{extension}");
        var received = Path.Combine(folder, $"{name}.received.{extension}");
        actual = actual.Replace("\r\n", "\n");

        if (File.Exists(verified) && File.ReadAllText(verified).Replace("\r\n", "\n") == actual)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(folder);
        if (Environment.GetEnvironmentVariable("DECKBUILD_ACCEPT") == "1")
        {
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        Assert.Fail(expected is null
            ? $"No snapshot {verified}. Review {received} and accept it (DECKBUILD_ACCEPT=1)."
            : $"Snapshot {name} differs; review {received}.\n{Diff(expected, actual)}");
    }

    private static string Diff(string expected, string actual)
    {
        var diff = InlineDiffBuilder.Diff(expected, actual);
        var lines = new List<string>();
        for (var i = 0; i < diff.Lines.Count && lines.Count < 60; i++)
        {
            var line = diff.Lines[i];
            if (line.Type == ChangeType.Unchanged)
            {
                continue;
            }

            var mark = line.Type == ChangeType.Inserted ? '+' : '-';
            lines.Add($"{line.Position,5} {mark} {line.Text}");
        }

        return string.Join('\n', lines);
    }
}
