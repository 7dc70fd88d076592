using System.Globalization;

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

    /// <summary>When measured in rounds: every round's figures (this one is the median).</summary>
    public IReadOnlyList<TurnFigures> Rounds { get; init; } = [];

    /// <summary>The round with the median of <paramref name="figure"/>, carrying all the rounds.</summary>
    public static TurnFigures Median(IReadOnlyList<TurnFigures> rounds, Func<TurnFigures, double> figure)
    {
        var ordered = rounds.OrderBy(figure).ToArray();
        return ordered[(ordered.Length - 1) / 2] with { Rounds = rounds };
    }

    /// <summary>"min–max" of <paramref name="figure"/> over the rounds, formatted with <paramref name="format"/>.</summary>
    public string Spread(Func<TurnFigures, double> figure, string format) =>
        Rounds.Count < 2
            ? "one round"
            : Rounds.Min(figure).ToString(format, CultureInfo.InvariantCulture) + "–" + Rounds.Max(figure).ToString(format, CultureInfo.InvariantCulture);
}
