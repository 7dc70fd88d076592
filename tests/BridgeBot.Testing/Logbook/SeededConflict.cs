using BridgeBot.Domain.Conflicts;

namespace BridgeBot.Testing.Logbook;

/// <summary>One conflict of the seeded log: how it was opened, and each later step with the hours after opening it happened.</summary>
/// <param name="Request">The opening request.</param>
/// <param name="OpenedAt">When it was opened.</param>
/// <param name="Steps">Each transition after the opening, with its offset from <paramref name="OpenedAt"/>.</param>
public sealed record SeededConflict(
    OpenRequest Request,
    DateTimeOffset OpenedAt,
    IReadOnlyList<(TimeSpan After, Func<ReleaseConflict, DateTimeOffset, Validated<Transition>> Step)> Steps);
