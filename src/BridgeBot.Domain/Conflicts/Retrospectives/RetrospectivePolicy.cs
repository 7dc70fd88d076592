namespace BridgeBot.Domain.Conflicts.Retrospectives;

/// <summary>
/// When a decision's retrospective is due: a number of days after the release date it set, so customers have had time to
/// feel what was decided. Pure: the caller gives today's date from its injected clock.
/// </summary>
/// <param name="DelayDays">Days after the decided release date; 0 asks on the release date itself.</param>
public sealed record RetrospectivePolicy(int DelayDays)
{
    /// <summary>The default delay: two weeks after the release.</summary>
    public const int DefaultDelayDays = 14;

    /// <summary>The policy with <see cref="DefaultDelayDays"/>.</summary>
    public static RetrospectivePolicy Default { get; } = new(DefaultDelayDays);

    /// <summary>The first day the retrospective of <paramref name="decision"/> may be asked and answered.</summary>
    public DateOnly DueOn(Decision decision) => DueOn(decision.ReleaseDate);

    /// <summary>The first day the retrospective of a release on <paramref name="releaseDate"/> is due.</summary>
    public DateOnly DueOn(DateOnly releaseDate) => releaseDate.AddDays(DelayDays);

    /// <summary>
    /// The decision whose retrospective is due on <paramref name="today"/>: the one in force, once its release date is
    /// <see cref="DelayDays"/> behind; null while the conflict is undecided, reopened, withdrawn or not yet there.
    /// </summary>
    public Decision? DueDecision(ReleaseConflict conflict, DateOnly today) =>
        conflict.State == ConflictState.Decided && conflict.LatestDecision is { } decision && DueOn(decision) <= today
            ? decision
            : null;
}
