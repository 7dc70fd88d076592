using System.Collections.Concurrent;

namespace BridgeBot.Slack.Background;

/// <summary>
/// The deliveries this instance took lately (event ids, trigger ids), so a retry Slack sends because an answer was slow
/// is acknowledged and dropped instead of answered twice. Durable protection against a second log entry is the domain's
/// <c>DeliveryId</c>; this keeps the messages from repeating too. Claims are checked on every request, so the cost of
/// a claim must not grow with traffic: claims are also kept in the order they were taken, and forgetting the expired
/// ones, or the oldest beyond <see cref="MaxEntries"/>, takes them from the front of that queue — never a walk or a sort
/// of the whole set, and nothing large allocated.
/// </summary>
public sealed class RecentDeliveries(TimeProvider time)
{
    /// <summary>Slack retries an unanswered delivery at once, after a minute and after five: ten minutes covers them.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    /// <summary>The most claims kept (memory stays bounded under any load).</summary>
    public const int MaxEntries = 100_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> seen = new(StringComparer.Ordinal);

    // Every claim in the order taken. An entry whose claim was released or taken again later no longer matches the
    // dictionary and is skipped when it reaches the front.
    private readonly ConcurrentQueue<(string Id, DateTimeOffset At)> order = new();
    private readonly Lock forgetting = new();

    // ConcurrentDictionary.Count takes every lock of the dictionary; the hot path reads this tally instead.
    private int held;

    /// <summary>The claims held now.</summary>
    public int Count => seen.Count;

    /// <summary>True the first time <paramref name="deliveryId"/> is seen within the window; false for a repeat.</summary>
    public bool TryClaim(string deliveryId)
    {
        var now = time.GetUtcNow();
        ForgetOld(now);
        if (seen.TryAdd(deliveryId, now))
        {
            Interlocked.Increment(ref held);
            order.Enqueue((deliveryId, now));
            return true;
        }

        // Older than the window (and not yet forgotten): a new delivery that happens to reuse the id.
        if (seen.TryGetValue(deliveryId, out var first) && now - first > Window && seen.TryUpdate(deliveryId, now, first))
        {
            order.Enqueue((deliveryId, now));
            return true;
        }

        return false;
    }

    /// <summary>Forgets a claim whose work could not be queued, so Slack's retry is taken.</summary>
    public void Release(string deliveryId)
    {
        if (seen.TryRemove(deliveryId, out _))
        {
            Interlocked.Decrement(ref held);
        }
    }

    // From the front of the queue: claims older than the window, then, above the cap, the oldest down to 90 % of it (so
    // the next requests do not have to do it again at once). One request does it; the others go on.
    private void ForgetOld(DateTimeOffset now)
    {
        if (!(order.TryPeek(out var oldest) && now - oldest.At > Window) && Volatile.Read(ref held) < MaxEntries)
        {
            return;
        }

        if (!forgetting.TryEnter())
        {
            return;
        }

        try
        {
            var overCap = Volatile.Read(ref held) >= MaxEntries;
            while (order.TryPeek(out oldest) && (now - oldest.At > Window || (overCap && Volatile.Read(ref held) > MaxEntries * 9 / 10)))
            {
                order.TryDequeue(out _);
                if (seen.TryRemove(new KeyValuePair<string, DateTimeOffset>(oldest.Id, oldest.At)))
                {
                    Interlocked.Decrement(ref held);
                }
            }
        }
        finally
        {
            forgetting.Exit();
        }
    }
}
