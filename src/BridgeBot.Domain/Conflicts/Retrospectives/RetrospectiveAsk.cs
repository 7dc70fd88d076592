using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Conflicts.Retrospectives;

/// <summary>What one manager is asked, privately, when a decision's retrospective falls due; both renderers draw it.</summary>
/// <param name="Workspace">The workspace.</param>
/// <param name="ChannelId">The conflict's channel, through which the platform reaches the manager.</param>
/// <param name="ConflictId">The conflict.</param>
/// <param name="Release">The release name.</param>
/// <param name="DecisionNumber">The decision looked back on.</param>
/// <param name="Decided">What was decided, in words.</param>
/// <param name="ReleaseDate">The release date it set.</param>
/// <param name="Role">Whose prediction.</param>
/// <param name="To">The manager asked.</param>
/// <param name="Prediction">Their reasoning in one line as it stood at the decision; empty when they wrote none.</param>
public sealed record RetrospectiveAsk(
    WorkspaceId Workspace,
    string ChannelId,
    ConflictId ConflictId,
    string Release,
    int DecisionNumber,
    string Decided,
    DateOnly ReleaseDate,
    ManagerRole Role,
    UserRef To,
    string Prediction)
{
    /// <summary>The ask of <paramref name="role"/> about <paramref name="decision"/> of <paramref name="conflict"/>.</summary>
    public static RetrospectiveAsk For(ReleaseConflict conflict, Decision decision, ManagerRole role)
    {
        ArgumentNullException.ThrowIfNull(conflict);
        ArgumentNullException.ThrowIfNull(decision);
        return new(
            conflict.Workspace,
            conflict.ChannelId,
            conflict.Id,
            conflict.Release,
            decision.Number,
            decision.Option.Describe(),
            decision.ReleaseDate,
            role,
            conflict.ManagerFor(role),
            role == ManagerRole.Product ? decision.ProductSummary : decision.ProjectSummary);
    }
}
