using System.Collections.Concurrent;

namespace BridgeBot.Slack.Background;

/// <summary>
/// The deliveries this instance took in the last hour (event ids, trigger ids), so a retry Slack sends because an
/// answer was slow is acknowledged and dropped instead of answered twice. Durable protection against a second log
/// entry is the domain's <c>DeliveryId</c>; this keeps the messages from repeating too.
/// </summary>
public sealed class RecentDeliveries(TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    private const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> seen = new(StringComparer.Ordinal);

    /// <summary>True the first time <paramref name="deliveryId"/> is seen within the window; false for a repeat.</summary>
    public bool TryClaim(string deliveryId)
    {
        var now = time.GetUtcNow();
        if (seen.Count > PruneAbove)
        {
            foreach (var (id, at) in seen)
            {
                if (now - at > Window)
                {
                    seen.TryRemove(id, out _);
                }
            }
        }

        if (seen.TryAdd(deliveryId, now))
        {
            return true;
        }

        // Older than the window: a new delivery that happens to reuse the id.
        return seen.TryGetValue(deliveryId, out var first) && now - first > Window && seen.TryUpdate(deliveryId, now, first);
    }

    /// <summary>Forgets a claim whose work could not be queued, so Slack's retry is taken.</summary>
    public void Release(string deliveryId) => seen.TryRemove(deliveryId, out _);
}
