using BridgeBot.Domain.Commands;
using BridgeBot.Domain.Digests;

namespace BridgeBot.Domain.Application.Replies;

/// <summary>A channel's digest setting, after showing, setting or stopping it.</summary>
/// <param name="Action">What was asked: show, subscribe or off.</param>
/// <param name="Status">The subscription as it now stands; null when the channel has none.</param>
/// <param name="Removed">For off: whether there was a subscription to stop.</param>
public sealed record DigestSubscriptionReply(DigestAction Action, SubscriptionStatus? Status, bool Removed = false) : CommandReply
{
    /// <summary>The reply in words, the same on every platform.</summary>
    public string Text => (Action, Status) switch
    {
        (DigestAction.Off, _) when Removed => "Stopped: this channel gets no more digests. Start again with `digest at 09:30 Europe/Berlin weekdays`.",
        (DigestAction.Off, _) => "This channel had no digest. Start one with `digest at 09:30 Europe/Berlin weekdays`.",
        (DigestAction.Subscribe, { } status) => $"This channel gets a digest at {status.Subscription.Schedule.Describe()}. The next one is due {Local(status)}.",
        (_, { } status) => $"This channel gets a digest at {status.Subscription.Schedule.Describe()}; the next is due {Local(status)}. `digest off` stops it, `digest now` shows today's.",
        _ => "This channel has no digest. Start one with `digest at 09:30 Europe/Berlin weekdays` (add quiet to skip days with nothing to report).",
    };

    private static string Local(SubscriptionStatus status)
    {
        var local = TimeZoneInfo.ConvertTime(status.NextDue, status.Subscription.Schedule.Zone);
        return local.ToString("ddd yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " " + status.Subscription.Schedule.TimeZoneId;
    }
}
