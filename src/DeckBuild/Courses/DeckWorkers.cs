namespace DeckBuild.Courses;

/// <summary>
/// Runs per-deck work on a few threads of their own with a large stack. Markdown nests (lists in lists, quotes in
/// quotes), and parsing and rendering recurse with it; a deeply nested deck must get an answer, never a stack
/// overflow that would take the whole build process down.
/// </summary>
public static class DeckWorkers
{
    private const int StackSize = 256 * 1024 * 1024;

    public static void Run(int count, Action<int> work)
    {
        var next = -1;
        var workers = Enumerable.Range(0, Math.Clamp(count, 1, Environment.ProcessorCount))
            .Select(_ => new Thread(() =>
            {
                for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
                {
                    work(i);
                }
            }, StackSize) { IsBackground = true, Name = "DeckBuild deck worker" })
            .ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
    }
}
