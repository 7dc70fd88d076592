using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Storage.DecisionLog;
using BridgeBot.Storage.Hosting;
using BridgeBot.Storage.Tables;

namespace BridgeBot.Storage.Installations;

/// <summary>
/// One <see cref="RowKeys.Installation"/> row in the workspace's partition: a reinstall replaces it, an uninstall
/// deletes it. The token is sealed (<see cref="TokenSealer"/>) under <c>Storage:SecretsKey</c>, bound to its workspace,
/// so reading the table is not reading the tokens; a token that does not open reads as "not installed".
/// </summary>
public sealed class TableInstallationStore(TableClient table, TableProvisioner provisioner, TokenSealer sealer) : IInstallationStore
{
    /// <inheritdoc />
    public async Task SaveAsync(WorkspaceInstallation installation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(installation);
        await provisioner.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var row = new TableEntity(RowKeys.Partition(installation.Workspace), RowKeys.Installation)
        {
            ["Workspace"] = installation.Workspace.Value,
            ["AccessToken"] = sealer.Seal(installation.AccessToken, installation.Workspace.Value),
            ["BotUserId"] = installation.BotUserId,
            ["InstalledBy"] = installation.InstalledBy,
            ["InstalledAt"] = installation.InstalledAt,
        };
        await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<WorkspaceInstallation?> FindAsync(WorkspaceId workspace, CancellationToken cancellationToken = default)
    {
        await provisioner.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync(RowKeys.Partition(workspace), RowKeys.Installation, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        if (!found.HasValue || found.Value!.GetString("AccessToken") is not { Length: > 0 } stored
            || sealer.Open(stored, workspace.Value) is not { Length: > 0 } token)
        {
            return null;
        }

        var row = found.Value;
        return new WorkspaceInstallation(
            workspace, token, row.GetString("BotUserId"), row.GetString("InstalledBy"), row.GetDateTimeOffset("InstalledAt") ?? DateTimeOffset.MinValue);
    }

    /// <inheritdoc />
    public async Task RemoveAsync(WorkspaceId workspace, CancellationToken cancellationToken = default)
    {
        await provisioner.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await table.DeleteEntityAsync(RowKeys.Partition(workspace), RowKeys.Installation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
