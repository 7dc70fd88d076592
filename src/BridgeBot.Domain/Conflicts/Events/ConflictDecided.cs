namespace BridgeBot.Domain.Conflicts.Events;

/// <summary>A decision was made; it supersedes the previous decision, if any.</summary>
/// <param name="Stamp">Conflict, sequence, time and actor.</param>
/// <param name="Decision">The decision.</param>
/// <param name="Release">The release name, so the entry reads on its own.</param>
/// <param name="Supersedes">The number of the decision it replaces, if the conflict was reopened.</param>
public sealed record ConflictDecided(EventStamp Stamp, Decision Decision, string Release, int? Supersedes) : ConflictEvent(Stamp)
{
    /// <inheritdoc />
    public override string Summary =>
        $"Decided ({(Decision.DecidedByApprover is { } approver ? "by " + approver : "both managers approved")}): " +
        Decision.Option.Describe() + (Supersedes is { } old ? $" (supersedes decision {old})" : string.Empty);
}
