using System.Globalization;
using Azure;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Retrospectives;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Storage.Tables;

namespace BridgeBot.Storage.Retrospectives;

/// <summary>Maps due retrospectives to rows and back; plain columns, so the rows read well in Storage Explorer.</summary>
internal static class RetrospectiveEntities
{
    public const string NotBefore = "NotBefore";
    public const string Attempt = "Attempt";
    public const string LastFailure = "LastFailure";

    /// <summary>The entry's identity only: upserted with merge, so writing it again keeps its lease and progress.</summary>
    public static TableEntity DueRow(WorkspaceId workspace, ConflictId conflict, Decision decision) =>
        new(RetrospectiveKeys.Partition, RetrospectiveKeys.Due(decision.ReleaseDate, workspace, conflict, decision.Number))
        {
            ["Workspace"] = workspace.Value,
            ["ConflictId"] = conflict.ToString(),
            ["DecisionNumber"] = decision.Number,
            ["ReleaseDate"] = TableKey.Day(decision.ReleaseDate),
        };

    public static string AskedColumn(ManagerRole role) => "Asked" + role;

    public static DateTimeOffset LeasedUntil(TableEntity row) => row.GetDateTimeOffset(NotBefore) ?? DateTimeOffset.MinValue;

    public static RetrospectiveDue Read(TableEntity row, ETag etag) => new(
        new WorkspaceId(row.GetString("Workspace")!),
        ConflictId.TryParse(row.GetString("ConflictId"), out var id) ? id : throw new InvalidOperationException($"Retrospective row {row.RowKey} has no conflict id."),
        row.GetInt32("DecisionNumber") ?? 0,
        DateOnly.ParseExact(row.GetString("ReleaseDate")!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        row.GetInt32(Attempt) ?? 0,
        Enum.GetValues<ManagerRole>().Where(role => row.GetBoolean(AskedColumn(role)) == true).ToHashSet(),
        ClaimToken.Write(etag, row.RowKey));
}
