using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Ports;

/// <summary>
/// Which workspaces installed the app, and the credential for each. Saving replaces the previous installation of the
/// workspace (a reinstall issues a new token); removing forgets it (the app was uninstalled or its token revoked).
/// </summary>
public interface IInstallationStore
{
    /// <summary>Saves or replaces the workspace's installation.</summary>
    Task SaveAsync(WorkspaceInstallation installation, CancellationToken cancellationToken = default);

    /// <summary>The workspace's installation, or null when the app is not installed there.</summary>
    Task<WorkspaceInstallation?> FindAsync(WorkspaceId workspace, CancellationToken cancellationToken = default);

    /// <summary>Forgets the workspace's installation; nothing happens when there is none.</summary>
    Task RemoveAsync(WorkspaceId workspace, CancellationToken cancellationToken = default);
}
