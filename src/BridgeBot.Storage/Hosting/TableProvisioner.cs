using BridgeBot.Storage.Tables;

namespace BridgeBot.Storage.Hosting;

/// <summary>
/// Creates the table once per process, the first time storage is used (not at start-up, so the app starts and
/// reports itself not ready while storage is unreachable, instead of crashing). A failure is retried next time.
/// </summary>
public sealed class TableProvisioner(TableClient table)
{
    private readonly Lock gate = new();
    private Task? created;

    /// <summary>Completes when the table exists.</summary>
    public Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (created is null || created.IsFaulted || created.IsCanceled)
            {
                created = table.CreateIfNotExistsAsync(cancellationToken);
            }

            return created;
        }
    }
}
