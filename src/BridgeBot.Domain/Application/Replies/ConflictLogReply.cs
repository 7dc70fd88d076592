using BridgeBot.Domain.Conflicts.Events;

namespace BridgeBot.Domain.Application.Replies;

/// <summary>One conflict's full log.</summary>
/// <param name="Outcome">The conflict (or not found).</param>
/// <param name="Entries">Its log entries in order; renderers show their summaries, which never reveal reasoning.</param>
public sealed record ConflictLogReply(ConflictOutcome Outcome, IReadOnlyList<ConflictEvent> Entries) : CommandReply;
