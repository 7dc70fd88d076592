using BridgeBot.Domain.Conflicts;

namespace BridgeBot.Domain.Ports;

/// <summary>One decision version as the decision index keeps it, for "latest decisions" and exports.</summary>
/// <param name="ConflictId">The conflict.</param>
/// <param name="Release">The release.</param>
/// <param name="OriginalDeadline">The deadline when the conflict was opened.</param>
/// <param name="ProductManager">The product manager's name.</param>
/// <param name="ProjectManager">The project manager's name.</param>
/// <param name="Decision">The decision.</param>
/// <param name="Supersedes">The number of the decision it superseded, if any.</param>
public sealed record DecisionRecord(
    ConflictId ConflictId,
    string Release,
    DateOnly OriginalDeadline,
    string ProductManager,
    string ProjectManager,
    Decision Decision,
    int? Supersedes);
