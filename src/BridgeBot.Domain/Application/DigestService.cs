using BridgeBot.Domain.Application.Replies;
using BridgeBot.Domain.Commands;
using BridgeBot.Domain.Digests;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Application;

/// <summary>
/// The digest use cases both channels share: a channel's subscription (show, set, stop), and building a digest of a
/// workspace for a day. The scheduler builds its digests here too, so a digest shown with <c>digest now</c> and a
/// posted one are the same model.
/// </summary>
public sealed class DigestService(IDigestSubscriptionStore subscriptions, IConflictStore conflicts, TimeProvider time)
{
    /// <summary>The most decisions one digest lists; a busier day says how many more there were.</summary>
    public const int MaxDecisions = 50;

    /// <summary>Handles a <c>digest</c> command in the channel of <paramref name="context"/>.</summary>
    public async Task<CommandReply> HandleAsync(RequestContext context, DigestCommand command, CancellationToken cancellationToken = default)
    {
        switch (command.Action)
        {
            case DigestAction.Subscribe:
                var now = time.GetUtcNow();
                var subscription = new DigestSubscription(context.Workspace, context.ChannelId, command.Schedule!, context.Actor, now);
                var schedule = command.Schedule!;
                var saved = await subscriptions.SaveAsync(
                    subscription, schedule.NextDue(now), WorkingHours.Default.NextStart(now, schedule.TimeZoneId), cancellationToken).ConfigureAwait(false);
                return new DigestSubscriptionReply(DigestAction.Subscribe, saved);
            case DigestAction.Off:
                var removed = await subscriptions.RemoveAsync(context.Workspace, context.ChannelId, cancellationToken).ConfigureAwait(false);
                return new DigestSubscriptionReply(DigestAction.Off, null, removed);
            case DigestAction.Now:
                return await NowAsync(context, cancellationToken).ConfigureAwait(false);
            default:
                var status = await subscriptions.FindAsync(context.Workspace, context.ChannelId, cancellationToken).ConfigureAwait(false);
                return new DigestSubscriptionReply(DigestAction.Show, status);
        }
    }

    /// <summary>
    /// The digest of <paramref name="workspace"/> for <paramref name="day"/>: its open conflicts as they stand now, and the
    /// decisions made after <paramref name="since"/> up to <paramref name="until"/>.
    /// </summary>
    public async Task<Digest> BuildAsync(
        WorkspaceId workspace, DateTimeOffset since, DateTimeOffset until, DateOnly day, CancellationToken cancellationToken = default)
    {
        var open = conflicts.ListOpenAsync(workspace, cancellationToken);
        var decided = conflicts.ListDecisionsBetweenAsync(workspace, since, until, MaxDecisions, cancellationToken);
        await Task.WhenAll(open, decided).ConfigureAwait(false);
        var openConflicts = (await open.ConfigureAwait(false)).Select(stored => stored.Conflict);
        return DigestBuilder.Build(openConflicts, await decided.ConfigureAwait(false), time.GetUtcNow(), day);
    }

    // "digest now" is a preview: it shows what changed since the last scheduled digest (or the last day) and moves nothing,
    // so the scheduled digest still reports the same decisions.
    private async Task<DigestReply> NowAsync(RequestContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var status = await subscriptions.FindAsync(context.Workspace, context.ChannelId, cancellationToken).ConfigureAwait(false);
        var schedule = status?.Subscription.Schedule;
        var since = status is null ? now.AddDays(-1) : status.LastDigestAt ?? status.Subscription.SetAt;
        var day = schedule?.LocalDay(now) ?? DateOnly.FromDateTime(now.UtcDateTime);
        return new DigestReply(await BuildAsync(context.Workspace, since, now, day, cancellationToken).ConfigureAwait(false), schedule);
    }
}
