using BridgeBot.Domain.Application;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Retrospectives;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;
using Microsoft.Extensions.Options;

namespace BridgeBot.Host.Retrospectives;

/// <summary>
/// One retrospective tick: reads the decisions whose retrospective is due, and for each one it wins the lease on, logs
/// that it asks (once per decision, by a fixed delivery id) and asks each manager who has not answered, privately.
/// A failed ask is retried after <see cref="RetrospectiveOptions.RetryDelay"/>; an instance that dies while asking
/// loses its lease after <see cref="Lease"/>, and the next tick anywhere takes the entry over.
/// </summary>
public sealed partial class RetrospectiveRunner(
    IRetrospectiveLedger ledger,
    IConflictStore store,
    ConflictService conflicts,
    RetrospectivePublishers publishers,
    TimeProvider time,
    IOptions<RetrospectiveOptions> options,
    ILogger<RetrospectiveRunner> logger)
{
    /// <summary>The most due entries one tick takes on; the rest wait for the next tick.</summary>
    public const int MaxDuePerTick = 100;

    /// <summary>How long an instance holds an entry; longer than <see cref="AskTimeout"/>, so a slow but live asker is never doubled.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    /// <summary>How long asking both managers of one decision may take before it counts as failed.</summary>
    public static readonly TimeSpan AskTimeout = TimeSpan.FromMinutes(2);

    /// <summary>Asks everything due now; stops taking on new entries once <paramref name="stopping"/> is cancelled.</summary>
    public async Task TickAsync(CancellationToken stopping)
    {
        var now = time.GetUtcNow();
        var policy = conflicts.Retrospectives;
        var lastReleaseDue = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-policy.DelayDays);
        var due = await ledger.ListDueAsync(lastReleaseDue, now, MaxDuePerTick, stopping).ConfigureAwait(false);
        foreach (var entry in due)
        {
            if (stopping.IsCancellationRequested)
            {
                return;
            }

            // An entry in flight finishes even while the host stops (bounded by the timeout), rather than wait for its lease.
            using var timeout = new CancellationTokenSource(AskTimeout, time);
            if (await ledger.TryClaimAsync(entry, time.GetUtcNow() + Lease, timeout.Token).ConfigureAwait(false) is { } claim)
            {
                await AskAsync(claim, policy, timeout.Token).ConfigureAwait(false);
            }
        }
    }

    private async Task AskAsync(RetrospectiveDue claim, RetrospectivePolicy policy, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope(TurnLogContext.Begin(
            claim.Workspace, FormattableString.Invariant($"retrospective {claim.ConflictId} decision {claim.DecisionNumber}")));
        try
        {
            var conflict = (await store.GetAsync(claim.Workspace, claim.ConflictId, cancellationToken).ConfigureAwait(false))?.Conflict;
            var decision = conflict is null ? null : policy.DueDecision(conflict, conflicts.Today());
            if (conflict is null || decision is null || decision.Number != claim.DecisionNumber || decision.ReleaseDate != claim.ReleaseDate)
            {
                // Superseded, reopened, or a decision that never committed (a lost race may have written an entry for the
                // same number with another release date): nothing to ask about any more.
                await ledger.CompleteAsync(claim, cancellationToken).ConfigureAwait(false);
                LogNotDue(claim.Workspace, claim.ConflictId, claim.DecisionNumber);
                return;
            }

            conflict = await RecordRequestAsync(conflict, decision, policy, cancellationToken).ConfigureAwait(false);
            foreach (var role in conflict.RetrospectiveStillOpenFor(decision.Number).Where(role => !claim.Asked.Contains(role)))
            {
                await publishers.For(claim.Workspace).AskAsync(RetrospectiveAsk.For(conflict, decision, role), cancellationToken).ConfigureAwait(false);
                if (await ledger.RecordAskedAsync(claim, role, cancellationToken).ConfigureAwait(false) is not { } progressed)
                {
                    return;
                }

                claim = progressed;
                LogAsked(claim.Workspace, claim.ConflictId, claim.DecisionNumber, role);
            }

            await ledger.CompleteAsync(claim, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Any failure (the platform, storage, a missing conversation) is noted on the entry and retried later;
            // the scheduler itself keeps running for every other decision.
            await FailAsync(claim, failure).ConfigureAwait(false);
        }
    }

    /// <summary>Logs the request once per decision: its fixed delivery id makes a second attempt a duplicate, not a second entry.</summary>
    private async Task<ReleaseConflict> RecordRequestAsync(
        ReleaseConflict conflict, Decision decision, RetrospectivePolicy policy, CancellationToken cancellationToken)
    {
        if (conflict.RetrospectiveRequestedFor == decision.Number || conflict.RetrospectiveStillOpenFor(decision.Number).Count == 0)
        {
            return conflict;
        }

        var context = new RequestContext(
            conflict.Workspace, conflict.ChannelId, UserRef.System, new DeliveryId(FormattableString.Invariant($"retrospective:{conflict.Id}:{decision.Number}")));
        var outcome = await conflicts.ChangeAsync(context, conflict.Id, (current, _, now) => current.RequestRetrospective(policy, now), cancellationToken)
            .ConfigureAwait(false);
        return outcome.Kind == OutcomeKind.Refused && outcome.Refusal!.Code == RefusalCode.Stale
            ? throw new InvalidOperationException($"{conflict.Id} changed while its retrospective was being recorded.")
            : outcome.Conflict ?? conflict;
    }

    private async Task FailAsync(RetrospectiveDue claim, Exception failure)
    {
        var reason = failure.GetType().Name + ": " + failure.Message;
        using var timeout = new CancellationTokenSource(AskTimeout, time);
        if (claim.Attempt >= options.Value.MaxAttempts)
        {
            await ledger.CompleteAsync(claim, timeout.Token).ConfigureAwait(false);
            LogGivenUp(claim.Workspace, claim.ConflictId, claim.DecisionNumber, claim.Attempt, reason);
            return;
        }

        var retryAt = time.GetUtcNow() + options.Value.RetryDelay;
        if (await ledger.RetryLaterAsync(claim, retryAt, reason, timeout.Token).ConfigureAwait(false))
        {
            LogRetrying(claim.Workspace, claim.ConflictId, claim.DecisionNumber, retryAt, reason);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retrospective of decision {DecisionNumber} of {ConflictId} in {Workspace} asked of the {Role} manager")]
    private partial void LogAsked(WorkspaceId workspace, ConflictId conflictId, int decisionNumber, ManagerRole role);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retrospective of decision {DecisionNumber} of {ConflictId} in {Workspace} is no longer due (superseded, reopened or never committed)")]
    private partial void LogNotDue(WorkspaceId workspace, ConflictId conflictId, int decisionNumber);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retrospective of decision {DecisionNumber} of {ConflictId} in {Workspace} failed; retrying at {RetryAt}: {Reason}")]
    private partial void LogRetrying(WorkspaceId workspace, ConflictId conflictId, int decisionNumber, DateTimeOffset retryAt, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Retrospective of decision {DecisionNumber} of {ConflictId} in {Workspace} was given up after {Attempts} attempts: {Reason}")]
    private partial void LogGivenUp(WorkspaceId workspace, ConflictId conflictId, int decisionNumber, int attempts, string reason);
}
