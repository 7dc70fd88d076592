namespace BridgeBot.Domain.Application.Replies;

/// <summary>A conflict was shown, changed, or a change was refused; the outcome carries the conflict as it now stands.</summary>
/// <param name="Outcome">The outcome.</param>
public sealed record ConflictReply(ConflictOutcome Outcome) : CommandReply;
