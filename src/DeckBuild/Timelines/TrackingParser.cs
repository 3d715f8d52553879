using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DeckBuild.Timelines;

/// <summary>
/// A YAML parser that remembers where it last got to. YamlDotNet's scanner can fail on some damaged input with
/// an exception that carries no position; the last good position still lets the problem be reported in place.
/// </summary>
public sealed class TrackingParser(IParser inner) : IParser
{
    public ParsingEvent? Current => inner.Current;

    /// <summary>The end of the last event read.</summary>
    public Mark LastMark { get; private set; } = Mark.Empty;

    public bool MoveNext()
    {
        if (inner.Current is { } current)
        {
            LastMark = current.End;
        }

        return inner.MoveNext();
    }
}
