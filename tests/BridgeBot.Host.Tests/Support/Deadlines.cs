namespace BridgeBot.Host.Tests.Support;

/// <summary>Dates for tests that run the host on the real clock: relative to today, so they never fall in the past.</summary>
internal static class Deadlines
{
    /// <summary>A deadline a month from today (UTC).</summary>
    public static readonly DateOnly InAMonth = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(30);

    /// <summary>The same, as typed in a command.</summary>
    public static string InAMonthText => InAMonth.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
