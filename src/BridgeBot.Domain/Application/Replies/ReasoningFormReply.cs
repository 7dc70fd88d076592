namespace BridgeBot.Domain.Application.Replies;

/// <summary>Show the viewer their reasoning form for the conflict (the outcome's view says which role, or refuses).</summary>
/// <param name="Outcome">The conflict as it stands; refused when the viewer may not write reasoning now.</param>
public sealed record ReasoningFormReply(ConflictOutcome Outcome) : CommandReply;
