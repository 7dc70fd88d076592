using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Ports;

namespace BridgeBot.Testing.Conflicts;

/// <summary>A conflict's decisions as the decision index lists them (newest first), for renderers of logs and digests.</summary>
public static class DecisionRecords
{
    public static IReadOnlyList<DecisionRecord> Of(ReleaseConflict conflict) =>
        conflict.Decisions.Reverse()
            .Select(decision => new DecisionRecord(conflict.Id, conflict.Release, conflict.OriginalDeadline, conflict.ProductManager.DisplayName,
                conflict.ProjectManager.DisplayName, decision, decision.Number > 1 ? decision.Number - 1 : null))
            .ToArray();
}
