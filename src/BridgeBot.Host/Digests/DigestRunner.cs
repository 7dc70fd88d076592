using BridgeBot.Domain.Application;
using BridgeBot.Domain.Digests;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;
using Microsoft.Extensions.Options;

namespace BridgeBot.Host.Digests;

/// <summary>
/// One scheduler tick: reads what is due and handles each entry. Claims in storage make every step exactly-once across
/// instances, so several instances may run this at the same moment.
/// </summary>
public sealed partial class DigestRunner(
    IDigestLedger ledger,
    DigestService digests,
    DigestSweeper sweeper,
    DigestPublishers publishers,
    TimeProvider time,
    IOptions<DigestOptions> options,
    ILogger<DigestRunner> logger)
{
    /// <summary>A digest is tried this many times (the first post and one retry), then given up and reported.</summary>
    public const int MaxAttempts = 2;

    /// <summary>Handles everything due now; stops taking on new entries once <paramref name="stopping"/> is cancelled.</summary>
    public async Task TickAsync(CancellationToken stopping)
    {
        var now = time.GetUtcNow();
        var due = await ledger.ListDueAsync(now, options.Value.MaxDuePerTick, stopping).ConfigureAwait(false);
        foreach (var entry in due)
        {
            if (stopping.IsCancellationRequested)
            {
                return;
            }

            // An entry in flight finishes even while the host stops (bounded by the post timeout): a digest half-posted
            // would otherwise wait for its watchdog.
            using var timeout = new CancellationTokenSource(options.Value.PostTimeout, time);
            await HandleAsync(entry, time.GetUtcNow(), timeout.Token).ConfigureAwait(false);
        }
    }

    private async Task HandleAsync(DueEntry entry, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var subscription = entry.Subscription;
        switch (entry.Kind)
        {
            case DueKind.Digest:
                var schedule = subscription.Schedule;
                var day = schedule.LocalDay(entry.At);
                var missed = schedule.LocalDay(now) != day;
                var claim = await ledger.TryClaimAsync(
                    entry, schedule.NextDue(now > entry.At ? now : entry.At), missed ? null : day, now, now + options.Value.WatchdogDelay, cancellationToken)
                    .ConfigureAwait(false);
                if (missed)
                {
                    // Not posted a day late; its decisions stay in the next digest, since the last digest instant did not move.
                    LogMissed(subscription.Workspace, subscription.ChannelId, day);
                }

                if (claim is not null)
                {
                    await PostAsync(claim, cancellationToken).ConfigureAwait(false);
                }

                break;
            case DueKind.Retry:
                var takeover = await ledger.TryTakeOverAsync(entry, MaxAttempts, now + options.Value.WatchdogDelay, cancellationToken).ConfigureAwait(false);
                if (takeover.GiveUp is { } abandoned)
                {
                    LogGivenUp(abandoned.Subscription.Workspace, abandoned.Subscription.ChannelId, abandoned.Day, "its poster went silent");
                }
                else if (takeover.Claim is { } retry)
                {
                    await PostAsync(retry, cancellationToken).ConfigureAwait(false);
                }

                break;
            default:
                var hours = WorkingHours.Default;
                if (await ledger.TryTakeSweepAsync(entry, hours.NextStart(now, subscription.Schedule.TimeZoneId), cancellationToken).ConfigureAwait(false))
                {
                    await sweeper.SweepAsync(subscription, now, cancellationToken).ConfigureAwait(false);
                }

                break;
        }
    }

    private async Task PostAsync(DigestClaim claim, CancellationToken cancellationToken)
    {
        var subscription = claim.Subscription;
        using var scope = logger.BeginScope(TurnLogContext.Begin(
            subscription.Workspace, FormattableString.Invariant($"digest {subscription.ChannelId} {claim.Day:yyyy-MM-dd}")));
        try
        {
            var digest = await digests.BuildAsync(subscription.Workspace, claim.Since, claim.Until, claim.Day, cancellationToken).ConfigureAwait(false);
            if (digest.IsEmpty && subscription.Schedule.Quiet)
            {
                await ledger.MarkPostedAsync(claim, "quiet: nothing to report", cancellationToken).ConfigureAwait(false);
                return;
            }

            var publisher = publishers.For(subscription.Workspace);
            if (claim.RootMessageId is null)
            {
                var root = await publisher.PostSummaryAsync(subscription, digest, cancellationToken).ConfigureAwait(false);
                if (await ledger.RecordRootAsync(claim, root, cancellationToken).ConfigureAwait(false) is not { } recorded)
                {
                    return;
                }

                claim = recorded;
            }

            if (!digest.IsEmpty)
            {
                await publisher.PostDetailsAsync(subscription, digest, claim.RootMessageId!, cancellationToken).ConfigureAwait(false);
            }

            await ledger.MarkPostedAsync(claim, "posted", cancellationToken).ConfigureAwait(false);
            LogPosted(subscription.Workspace, subscription.ChannelId, claim.Day, claim.Attempt);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Any failure of a post (the platform, storage, a missing channel reference) is recorded on the claim and retried
            // once; the scheduler itself must keep running for every other channel.
            await FailAsync(claim, failure).ConfigureAwait(false);
        }
    }

    private async Task FailAsync(DigestClaim claim, Exception failure)
    {
        var subscription = claim.Subscription;
        var reason = failure.GetType().Name + ": " + failure.Message;
        using var timeout = new CancellationTokenSource(options.Value.PostTimeout, time);
        if (claim.Attempt < MaxAttempts)
        {
            var retryAt = time.GetUtcNow() + options.Value.RetryDelay;
            if (await ledger.ScheduleRetryAsync(claim, retryAt, reason, timeout.Token).ConfigureAwait(false))
            {
                LogRetrying(subscription.Workspace, subscription.ChannelId, claim.Day, retryAt, reason);
            }

            return;
        }

        await ledger.GiveUpAsync(claim, reason, timeout.Token).ConfigureAwait(false);
        LogGivenUp(subscription.Workspace, subscription.ChannelId, claim.Day, reason);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest of {ChannelId} in {Workspace} for {Day} posted (attempt {Attempt})")]
    private partial void LogPosted(WorkspaceId workspace, string channelId, DateOnly day, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest of {ChannelId} in {Workspace} for {Day} failed; retrying once at {RetryAt}: {Reason}")]
    private partial void LogRetrying(WorkspaceId workspace, string channelId, DateOnly day, DateTimeOffset retryAt, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest of {ChannelId} in {Workspace} for {Day} was given up: {Reason}")]
    private partial void LogGivenUp(WorkspaceId workspace, string channelId, DateOnly day, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest of {ChannelId} in {Workspace} for {Day} was missed (no instance ran that day); its news goes into the next one")]
    private partial void LogMissed(WorkspaceId workspace, string channelId, DateOnly day);
}
