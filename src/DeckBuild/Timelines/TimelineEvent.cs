using System.Globalization;
using DeckBuild.Text;

namespace DeckBuild.Timelines;

/// <summary>
/// One event on a timeline. <see cref="Position"/> places it on the axis; it equals <see cref="Year"/> unless a
/// fractional position keeps two events of one year apart (1989.2 draws just after 1989, labelled 1989).
/// </summary>
public sealed record TimelineEvent(int Year, decimal Position, string Name, string? Author, SourceSpan Span)
{
    /// <summary>The position as written into <c>--year</c>, in invariant culture without trailing zeros.</summary>
    public string PositionText => Position.ToString("0.####", CultureInfo.InvariantCulture);
}
