using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Options;

namespace BridgeBot.Domain.Logbook;

/// <summary>What the reader of the decision-log page asked for: words to find, a state, the option chosen, a date range.</summary>
/// <param name="Text">Words that must all appear (release, scope, people, reasoning, rationale), case-insensitive; empty for any.</param>
/// <param name="State">Which states.</param>
/// <param name="Option">The option of the decision in force, or null for any (a filter on it lists decided conflicts only).</param>
/// <param name="From">The first day of the range (the day of the latest decision, or of the opening when undecided), or null.</param>
/// <param name="To">The last day of the range, inclusive, or null.</param>
public sealed record LogFilter(string? Text, StateFilter State, OptionKind? Option, DateOnly? From, DateOnly? To)
{
    /// <summary>No filter: everything.</summary>
    public static LogFilter None { get; } = new(null, StateFilter.Any, null, null, null);

    /// <summary>Whether any part of the filter is set.</summary>
    public bool IsSet => !string.IsNullOrWhiteSpace(Text) || State != StateFilter.Any || Option is not null || From is not null || To is not null;

    /// <summary>The day a conflict is dated by in the range filter: its latest decision's, or its opening's when undecided.</summary>
    private static DateOnly DayOf(ReleaseConflict conflict)
    {
        ArgumentNullException.ThrowIfNull(conflict);
        return DateOnly.FromDateTime((conflict.LatestDecision?.DecidedAt ?? conflict.OpenedAt).UtcDateTime);
    }

    /// <summary>Whether <paramref name="conflict"/> is shown under this filter.</summary>
    public bool Matches(ReleaseConflict conflict)
    {
        ArgumentNullException.ThrowIfNull(conflict);
        return MatchesState(conflict)
            && (Option is not { } option || (conflict.State == ConflictState.Decided && conflict.LatestDecision?.Option.Kind == option))
            && (From is not { } from || DayOf(conflict) >= from)
            && (To is not { } to || DayOf(conflict) <= to)
            && SearchText.Matches(conflict, Text);
    }

    private bool MatchesState(ReleaseConflict conflict) => State switch
    {
        StateFilter.Open => conflict.IsOpen,
        StateFilter.Decided => conflict.State == ConflictState.Decided,
        StateFilter.Escalated => conflict.State == ConflictState.Escalated,
        StateFilter.Withdrawn => conflict.State == ConflictState.Withdrawn,
        _ => true,
    };
}
