using System.Collections.Concurrent;

namespace BridgeBot.Slack.Background;

/// <summary>
/// The deliveries this instance took lately (event ids, trigger ids), so a retry Slack sends because an answer was slow
/// is acknowledged and dropped instead of answered twice. Durable protection against a second log entry is the domain's
/// <c>DeliveryId</c>; this keeps the messages from repeating too. Claims are checked on every request, so the cost of
/// a claim must not grow with traffic: expired entries are swept at most every <see cref="SweepEvery"/>, and the set
/// never holds more than <see cref="MaxEntries"/> (the oldest go first).
/// </summary>
public sealed class RecentDeliveries(TimeProvider time)
{
    /// <summary>Slack retries an unanswered delivery at once, after a minute and after five: ten minutes covers them.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    /// <summary>How often expired claims are swept.</summary>
    public static readonly TimeSpan SweepEvery = TimeSpan.FromSeconds(30);

    /// <summary>The most claims kept (memory stays bounded under any load).</summary>
    public const int MaxEntries = 100_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> seen = new(StringComparer.Ordinal);
    private readonly Lock sweeping = new();
    private long nextSweepTicks;

    // ConcurrentDictionary.Count takes every lock of the dictionary; the hot path reads this tally instead.
    private int held;

    /// <summary>The claims held now.</summary>
    public int Count => seen.Count;

    /// <summary>True the first time <paramref name="deliveryId"/> is seen within the window; false for a repeat.</summary>
    public bool TryClaim(string deliveryId)
    {
        var now = time.GetUtcNow();
        if (now.UtcTicks >= Interlocked.Read(ref nextSweepTicks) || Volatile.Read(ref held) >= MaxEntries)
        {
            Sweep(now);
        }

        if (seen.TryAdd(deliveryId, now))
        {
            Interlocked.Increment(ref held);
            return true;
        }

        // Older than the window: a new delivery that happens to reuse the id.
        return seen.TryGetValue(deliveryId, out var first) && now - first > Window && seen.TryUpdate(deliveryId, now, first);
    }

    /// <summary>Forgets a claim whose work could not be queued, so Slack's retry is taken.</summary>
    public void Release(string deliveryId) => Forget(deliveryId);

    private void Forget(string deliveryId)
    {
        if (seen.TryRemove(deliveryId, out _))
        {
            Interlocked.Decrement(ref held);
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        if (!sweeping.TryEnter())
        {
            return; // another request is sweeping
        }

        try
        {
            Interlocked.Exchange(ref nextSweepTicks, (now + SweepEvery).UtcTicks);
            foreach (var (id, at) in seen)
            {
                if (now - at > Window)
                {
                    Forget(id);
                }
            }

            if (seen.Count >= MaxEntries)
            {
                // Down to 90 %, so that the next requests do not sweep again at once.
                foreach (var (id, _) in seen.OrderBy(pair => pair.Value).Take(seen.Count - (MaxEntries * 9 / 10)).ToArray())
                {
                    Forget(id);
                }
            }
        }
        finally
        {
            sweeping.Exit();
        }
    }
}
