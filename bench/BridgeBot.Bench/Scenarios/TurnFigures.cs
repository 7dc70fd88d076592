namespace BridgeBot.Bench.Scenarios;

/// <summary>A bot run beside the bare baseline at the same concurrency, with what reached the fake peer.</summary>
/// <param name="Baseline">The bare endpoint.</param>
/// <param name="Bot">The bot.</param>
/// <param name="Sent">Requests the bot was sent (warm-up included).</param>
/// <param name="Delivered">Replies or calls that reached the fake peer for them.</param>
internal sealed record TurnFigures(LoadResult Baseline, LoadResult Bot, int Sent, int Delivered)
{
    public double Ratio => Bot.PerSecond / Baseline.PerSecond;

    /// <summary>Requests acknowledged but shed under overload (Slack: the follow-up backlog was full), so no delivery is due.</summary>
    public int Shed { get; init; }

    /// <summary>Slack: acknowledgements of a command answered in the acknowledgement itself (<c>help</c>): the ack path alone.</summary>
    public LoadResult? AckOnly { get; init; }
}
