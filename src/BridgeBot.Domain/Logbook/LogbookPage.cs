using BridgeBot.Domain.Conflicts;

namespace BridgeBot.Domain.Logbook;

/// <summary>What the decision-log page shows for a filter: the conflicts, newest first, and the figures about them.</summary>
/// <param name="Filter">The filter applied.</param>
/// <param name="Conflicts">The conflicts that match, most recently changed first.</param>
/// <param name="Total">How many conflicts the workspace has in all.</param>
/// <param name="Stats">The charts' figures for the conflicts shown.</param>
/// <param name="Today">The day the figures were taken (days to deadline count from it).</param>
public sealed record LogbookPage(LogFilter Filter, IReadOnlyList<ReleaseConflict> Conflicts, int Total, LogbookStats Stats, DateOnly Today)
{
    /// <summary>Filters <paramref name="all"/> and computes the figures of what is left.</summary>
    public static LogbookPage Build(IReadOnlyCollection<ReleaseConflict> all, LogFilter filter, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(filter);
        var shown = all.Where(filter.Matches)
            .OrderByDescending(c => c.LastChangedAt)
            .ThenByDescending(c => c.Id.Number)
            .ToArray();
        return new LogbookPage(filter, shown, all.Count, LogbookStats.Of(shown, today), today);
    }
}
