using BridgeBot.Domain.Conflicts.Options;

namespace BridgeBot.Domain.Logbook;

/// <summary>The decisions made in one calendar month (UTC), by option.</summary>
/// <param name="Year">The year.</param>
/// <param name="Month">The month, 1 to 12.</param>
/// <param name="ByOption">How many decisions chose each option; every option is present, zero included.</param>
public sealed record MonthOfDecisions(int Year, int Month, IReadOnlyDictionary<OptionKind, int> ByOption)
{
    /// <summary>All decisions of the month.</summary>
    public int Total => ByOption.Values.Sum();
}
