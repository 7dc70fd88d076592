using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Ports;

/// <summary>Every conflict of a workspace, for the browsable decision log (its cost grows with the workspace's conflicts).</summary>
public interface IConflictArchive
{
    /// <summary>Every conflict of <paramref name="workspace"/> as it now stands, open, decided and withdrawn, by id.</summary>
    Task<IReadOnlyList<ReleaseConflict>> ListAllAsync(WorkspaceId workspace, CancellationToken cancellationToken = default);
}
