namespace BridgeBot.Domain.Application.Replies;

/// <summary>Show the viewer the proposal form for the conflict, or why they may not propose now.</summary>
/// <param name="Outcome">The conflict as it stands; refused when the viewer may not propose now.</param>
public sealed record ProposalFormReply(ConflictOutcome Outcome) : CommandReply;
