using BridgeBot.Domain.Ports;

namespace BridgeBot.Slack.Home;

/// <summary>What BridgeBot's Home tab shows a person of a workspace when they open it.</summary>
/// <param name="Decisions">The workspace's latest decisions, newest first.</param>
/// <param name="OpenConflicts">How many of its conflicts are neither decided nor withdrawn.</param>
/// <param name="Link">A link to its decision-log page, signed for this opening of the tab.</param>
public sealed record HomeContent(IReadOnlyList<DecisionRecord> Decisions, int OpenConflicts, SignedLink Link);
