using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Conflicts.Retrospectives;

/// <summary>
/// One decision waiting for its retrospective to be asked, as the due index holds it. Written (ahead of the decision
/// itself) for every decision; the scheduler checks it against the conflict before asking, so an entry for a decision
/// that never committed or was superseded is simply dropped.
/// </summary>
/// <param name="Workspace">The workspace.</param>
/// <param name="ConflictId">The conflict.</param>
/// <param name="DecisionNumber">The decision.</param>
/// <param name="ReleaseDate">The release date it set; the retrospective falls due a policy's delay after it.</param>
/// <param name="Attempt">How many times an instance has claimed it so far (0 before the first).</param>
/// <param name="Asked">The managers already asked, so a retry asks only the others.</param>
/// <param name="Token">Opaque to the domain: the entry's version, so only the instance that holds it can move it on.</param>
public sealed record RetrospectiveDue(
    WorkspaceId Workspace,
    ConflictId ConflictId,
    int DecisionNumber,
    DateOnly ReleaseDate,
    int Attempt,
    IReadOnlySet<ManagerRole> Asked,
    string Token);
