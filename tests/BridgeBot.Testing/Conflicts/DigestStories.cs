using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Digests;

namespace BridgeBot.Testing.Conflicts;

/// <summary>
/// A seeded workspace on the morning of 2026-12-10 for the digest renderers of both platforms: one conflict still
/// waiting for reasoning (deadline in 5 days), one proposal waiting for an approval (deadline in 2 days), one escalated
/// conflict (deadline far off), and one decision since the last digest.
/// </summary>
/// <typeparam name="TCast">Who plays the parts.</typeparam>
public static class DigestStories<TCast>
    where TCast : IStoryCast
{
    public static readonly DateOnly Day = new(2026, 12, 10);
    public static readonly DateTimeOffset Now = new(2026, 12, 10, 8, 30, 0, TimeSpan.Zero);

    public static Digest Seeded()
    {
        ReleaseConflict[] open =
        [
            Stories<TCast>.AwaitingReasoning().Conflict,
            Stories<TCast>.Proposed().Conflict with { Id = new ConflictId(43), Release = "Billing 1.2", Deadline = new DateOnly(2026, 12, 12) },
            Stories<TCast>.Escalated().Conflict with { Id = new ConflictId(44), Release = "Search 3.0", Deadline = new DateOnly(2027, 1, 20) },
        ];
        var decided = DecisionRecords.Of(Stories<TCast>.Decided().Conflict)
            .Select(record => record with { ConflictId = new ConflictId(40), Release = "Mobile 5.1" });
        return DigestBuilder.Build(open, decided, Now, Day);
    }

    public static Digest NothingNew() => DigestBuilder.Build([], [], Now, Day);
}
