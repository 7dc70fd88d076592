using BridgeBot.Domain.Ports;

namespace BridgeBot.Domain.Application.Replies;

/// <summary>The workspace's latest decisions and why, with a link to the whole log.</summary>
/// <param name="Decisions">Newest first.</param>
/// <param name="Link">A signed, short-lived link to the workspace's decision-log page.</param>
public sealed record DecisionLogReply(IReadOnlyList<DecisionRecord> Decisions, SignedLink Link) : CommandReply;
