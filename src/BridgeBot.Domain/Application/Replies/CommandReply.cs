namespace BridgeBot.Domain.Application.Replies;

/// <summary>
/// A channel-neutral answer to a command or a card action. The Teams and Slack edges render each kind
/// in their own format (Adaptive Card, Block Kit) and decide how to deliver it; they decide no rule.
/// </summary>
public abstract record CommandReply;
