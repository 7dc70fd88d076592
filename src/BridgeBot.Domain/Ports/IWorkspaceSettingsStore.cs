using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Ports;

/// <summary>Workspace settings, with optimistic concurrency on <see cref="WorkspaceSettings.Version"/>.</summary>
public interface IWorkspaceSettingsStore
{
    /// <summary>The settings, or <see cref="WorkspaceSettings.Default"/> for a workspace nobody configured.</summary>
    Task<WorkspaceSettings> GetAsync(WorkspaceId workspace, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves <paramref name="settings"/> if the stored version is still <paramref name="expectedVersion"/>;
    /// returns the saved settings (with the next version), or null when someone saved first.
    /// </summary>
    Task<WorkspaceSettings?> TrySaveAsync(
        WorkspaceId workspace,
        WorkspaceSettings settings,
        int expectedVersion,
        CancellationToken cancellationToken = default);
}
