using System.Diagnostics;

namespace BridgeBot.Testing;

/// <summary>
/// Reads what the bot does after it has answered (its background work) until it is there: a test asserts on the last
/// value read, so a slow machine makes a test wait longer, never fail, and a missing effect still fails it.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan DefaultBudget = TimeSpan.FromSeconds(30);

    /// <summary>Reads until <paramref name="done"/> holds or <paramref name="budget"/> (30 s unless given) passes; returns the last value read.</summary>
    public static async Task<T> ReadAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? budget = null)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(done);
        var waited = Stopwatch.StartNew();
        var value = await read().ConfigureAwait(false);
        while (!done(value) && waited.Elapsed < (budget ?? DefaultBudget))
        {
            await Task.Delay(20).ConfigureAwait(false);
            value = await read().ConfigureAwait(false);
        }

        return value;
    }

    /// <summary>Reads until <paramref name="done"/> holds or <paramref name="budget"/> (30 s unless given) passes; returns the last value read.</summary>
    public static Task<T> ReadAsync<T>(Func<T> read, Func<T, bool> done, TimeSpan? budget = null)
    {
        ArgumentNullException.ThrowIfNull(read);
        return ReadAsync(() => Task.FromResult(read()), done, budget);
    }
}
