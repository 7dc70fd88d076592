using BridgeBot.Domain.Ports;

namespace BridgeBot.Domain.Application.Replies;

/// <summary>The workspace's latest decisions and why.</summary>
/// <param name="Decisions">Newest first.</param>
public sealed record DecisionLogReply(IReadOnlyList<DecisionRecord> Decisions) : CommandReply;
