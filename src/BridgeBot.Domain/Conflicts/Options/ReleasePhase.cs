namespace BridgeBot.Domain.Conflicts.Options;

/// <summary>One phase of a phased release.</summary>
/// <param name="Scope">What ships in this phase.</param>
/// <param name="Date">When it ships.</param>
public sealed record ReleasePhase(string Scope, DateOnly Date);
