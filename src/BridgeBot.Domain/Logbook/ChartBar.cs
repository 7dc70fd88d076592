namespace BridgeBot.Domain.Logbook;

/// <summary>One bar of a chart: a label and a count.</summary>
/// <param name="Label">What the bar counts, in plain words.</param>
/// <param name="Count">How many.</param>
public sealed record ChartBar(string Label, int Count);
