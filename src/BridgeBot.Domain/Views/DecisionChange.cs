namespace BridgeBot.Domain.Views;

/// <summary>One difference between a decision and the one it supersedes.</summary>
/// <param name="What">What changed, e.g. "Release date".</param>
/// <param name="Before">The value in the superseded decision.</param>
/// <param name="After">The value now.</param>
public sealed record DecisionChange(string What, string Before, string After);
