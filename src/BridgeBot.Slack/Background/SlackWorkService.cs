using BridgeBot.Domain.Application;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Slack.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BridgeBot.Slack.Background;

/// <summary>
/// Runs queued work on a few workers. On shutdown it stops taking work and finishes what is queued, until the host's
/// shutdown timeout; only then is the rest cancelled (and logged), so an acknowledged command is not silently lost.
/// </summary>
public sealed partial class SlackWorkService(SlackBacklog queue, IOptions<SlackOptions> options, ILogger<SlackWorkService> logger)
    : IHostedService, IDisposable
{
    private readonly CancellationTokenSource abort = new();
    private Task workers = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        workers = Task.WhenAll(Enumerable.Range(0, options.Value.Workers).Select(_ => Task.Run(DrainAsync, CancellationToken.None)));
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        try
        {
            await workers.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            LogAbandoned(queue.Reader.CanCount ? queue.Reader.Count : -1);
            await abort.CancelAsync().ConfigureAwait(false);
        }
    }

    public void Dispose() => abort.Dispose();

    private async Task DrainAsync()
    {
        try
        {
            await foreach (var item in queue.Reader.ReadAllAsync(abort.Token).ConfigureAwait(false))
            {
                // The acknowledgements go first (SlackBacklog); an item already started is never paused.
                await queue.HoldBackWhileBusyAsync(abort.Token).ConfigureAwait(false);
                await RunAsync(item).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            // Shutdown ran out of time; StopAsync has logged what was left.
        }
    }

    private async Task RunAsync(SlackWorkItem item)
    {
        // Every line the work logs names its workspace, and its conflict once the service has found it.
        using var scope = item.TeamId is { Length: > 0 } team
            ? logger.BeginScope(TurnLogContext.Begin(WorkspaceId.ForSlack(team), item.Name))
            : null;
        try
        {
            await item.RunAsync(abort.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            LogCancelled(item.Name);
        }
#pragma warning disable CA1031 // A worker outlives any one item: the failure is logged as an error with its exception, never swallowed silently.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            LogFailed(failure, item.Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack work {Name} failed")]
    private partial void LogFailed(Exception exception, string name);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack work {Name} was cancelled by shutdown")]
    private partial void LogCancelled(string name);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shutdown timed out with {Count} Slack work items still queued; they are cancelled")]
    private partial void LogAbandoned(int count);
}
