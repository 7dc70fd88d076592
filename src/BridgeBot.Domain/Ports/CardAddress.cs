namespace BridgeBot.Domain.Ports;

/// <summary>A posted copy of a conflict's card, so every state change can update it in place.</summary>
/// <param name="ConversationKey">The <see cref="ConversationAddress.Key"/> of the conversation it was posted in.</param>
/// <param name="MessageId">The platform's id of the message holding the card.</param>
/// <param name="ViewerId">Whose view the copy shows (a manager's private copy), or null for the shared channel copy.</param>
public sealed record CardAddress(string ConversationKey, string MessageId, string? ViewerId);
