using BridgeBot.Domain.Application;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Digests;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Views;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Host.Digests;

/// <summary>
/// The daily sweep of a subscribed workspace, at the start of working hours in the subscription's time zone: escalates
/// undecided conflicts that reached the deadline threshold (telling the approver and updating the cards), and reminds
/// each manager who owes reasoning or an approval, at most once per working day.
/// </summary>
public sealed partial class DigestSweeper(
    IConflictStore conflicts,
    IWorkspaceSettingsStore settingsStore,
    IDigestLedger ledger,
    DigestPublishers publishers,
    ILogger<DigestSweeper> logger)
{
    /// <summary>Sweeps the workspace of <paramref name="subscription"/>.</summary>
    public async Task SweepAsync(DigestSubscription subscription, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var workspace = subscription.Workspace;
        var zone = subscription.Schedule.Zone;
        var hours = WorkingHours.Default;
        var today = subscription.Schedule.LocalDay(now);
        var settings = await settingsStore.GetAsync(workspace, cancellationToken).ConfigureAwait(false);
        var publisher = publishers.For(workspace);
        foreach (var stored in await conflicts.ListOpenAsync(workspace, cancellationToken).ConfigureAwait(false))
        {
            var conflict = stored.Conflict;
            if (DeadlineEscalationPolicy.IsDue(conflict, today, hours, settings.EscalationThresholdDays)
                && await EscalateAsync(subscription, stored, settings, today, now, publisher, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            foreach (var pending in ConflictViewBuilder.WaitingOn(conflict))
            {
                if (NudgePolicy.IsDue(pending, null, now, zone, hours)
                    && await ledger.TryRecordNudgeAsync(workspace, conflict.Id, pending.Who, today, cancellationToken).ConfigureAwait(false))
                {
                    await TryAsync(() => publisher.RemindAsync(subscription, Reminder.Nudge(conflict, pending, now), cancellationToken), conflict.Id, workspace, pending.Who)
                        .ConfigureAwait(false);
                }
            }
        }
    }

    private async Task<bool> EscalateAsync(
        DigestSubscription subscription, StoredConflict stored, WorkspaceSettings settings, DateOnly today, DateTimeOffset now,
        IDigestPublisher publisher, CancellationToken cancellationToken)
    {
        var conflict = stored.Conflict;
        var daysLeft = WorkingHours.Default.WorkingDaysBetween(today, conflict.Deadline);
        var transition = conflict.EscalateForDeadline(settings.EscalationApprover, daysLeft, now);
        if (!transition.IsValid)
        {
            // No approver (or the approver is one of its managers): the digest keeps showing the deadline risk.
            LogNotEscalated(conflict.Id, subscription.Workspace, transition.Refusal.Message);
            return false;
        }

        var result = await conflicts.CommitAsync(stored, transition.Value, null, cancellationToken).ConfigureAwait(false);
        if (result.Status != CommitStatus.Committed)
        {
            // Someone changed it at the same moment; the next sweep looks again.
            return false;
        }

        var after = result.Conflict!.Conflict;
        LogEscalated(conflict.Id, subscription.Workspace, daysLeft);
        var outcome = new ConflictOutcome(OutcomeKind.Changed, after, transition.Value.Events, null, settings, today);
        await TryAsync(() => publisher.RemindAsync(subscription, Reminder.Escalated(after, after.Escalation!), cancellationToken), conflict.Id, subscription.Workspace, after.Escalation!.To)
            .ConfigureAwait(false);
        await publisher.ConflictChangedAsync(outcome, cancellationToken).ConfigureAwait(false);
        return true;
    }

    // A person who cannot be reached privately still sees the conflict in the digest and on its card.
    private async Task TryAsync(Func<Task> send, ConflictId conflict, WorkspaceId workspace, UserRef person)
    {
        try
        {
            await send().ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            LogUnreachable(conflict, workspace, person.Id, failure.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Escalated {ConflictId} in {Workspace} with {DaysLeft} working days left")]
    private partial void LogEscalated(ConflictId conflictId, WorkspaceId workspace, int daysLeft);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{ConflictId} in {Workspace} is at its deadline threshold but was not escalated: {Reason}")]
    private partial void LogNotEscalated(ConflictId conflictId, WorkspaceId workspace, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not remind {UserId} about {ConflictId} in {Workspace}: {Reason}")]
    private partial void LogUnreachable(ConflictId conflictId, WorkspaceId workspace, string userId, string reason);
}
