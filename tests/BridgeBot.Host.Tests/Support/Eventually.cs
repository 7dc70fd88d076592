namespace BridgeBot.Host.Tests.Support;

/// <summary>
/// Reads what the bot does after it has answered (its background work) until it is there: a test asserts on the last
/// value read, so a slow machine makes a test wait longer, never fail, and a missing effect still fails it.
/// </summary>
internal static class Eventually
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(30);

    /// <summary>Reads until <paramref name="done"/> holds or 30 s pass; returns the last value read.</summary>
    public static async Task<T> ReadAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var value = await read();
        while (!done(value) && waited.Elapsed < Budget)
        {
            await Task.Delay(20);
            value = await read();
        }

        return value;
    }

    /// <summary>Reads until <paramref name="done"/> holds or 30 s pass; returns the last value read.</summary>
    public static Task<T> ReadAsync<T>(Func<T> read, Func<T, bool> done) => ReadAsync(() => Task.FromResult(read()), done);
}
