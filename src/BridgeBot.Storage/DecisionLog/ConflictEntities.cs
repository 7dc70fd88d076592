using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Events;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Storage.Tables;

namespace BridgeBot.Storage.DecisionLog;

/// <summary>
/// Maps domain objects to table rows and back. Next to the JSON of the domain object, each row carries a few
/// plain columns (state, release, actor, summary…) so the table is readable in Storage Explorer and filterable.
/// </summary>
internal static class ConflictEntities
{
    public const int SchemaVersion = 1;

    public static TableEntity ConflictRow(string partition, string rowKey, ReleaseConflict conflict, string commitId)
    {
        var entity = new TableEntity(partition, rowKey)
        {
            ["SchemaVersion"] = SchemaVersion,
            ["ConflictId"] = conflict.Id.ToString(),
            ["Version"] = conflict.Version,
            ["State"] = conflict.State.ToString(),
            ["Release"] = conflict.Release,
            ["Deadline"] = new DateTimeOffset(conflict.Deadline.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            ["LastChangedAt"] = conflict.LastChangedAt,
            ["LastCommitId"] = commitId,
        };
        JsonColumns.Write(entity, "Snapshot", DomainJson.Serialize(conflict));
        return entity;
    }

    public static StoredConflict ReadConflict(TableEntity entity)
    {
        var conflict = DomainJson.Deserialize<ReleaseConflict>(JsonColumns.Read(entity, "Snapshot"));
        return new StoredConflict(conflict, Token(conflict.Version));
    }

    public static string Token(int version) => version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static TableEntity LogRow(string partition, ConflictEvent entry) => new(partition, RowKeys.Log(entry.Stamp.ConflictId, entry.Stamp.Sequence))
    {
        ["SchemaVersion"] = SchemaVersion,
        ["ConflictId"] = entry.Stamp.ConflictId.ToString(),
        ["Sequence"] = entry.Stamp.Sequence,
        ["At"] = entry.Stamp.At,
        ["ActorId"] = entry.Stamp.Actor.Id,
        ["ActorName"] = entry.Stamp.Actor.DisplayName,
        ["Summary"] = entry.Summary,
        ["Entry"] = DomainJson.Serialize(entry),
    };

    public static ConflictEvent ReadLog(TableEntity entity) => DomainJson.Deserialize<ConflictEvent>(entity.GetString("Entry")!);

    public static TableEntity DecisionRow(string partition, ReleaseConflict conflict, ConflictDecided decided)
    {
        var record = new DecisionRecord(
            conflict.Id,
            conflict.Release,
            conflict.OriginalDeadline,
            conflict.ProductManager.DisplayName,
            conflict.ProjectManager.DisplayName,
            decided.Decision,
            decided.Supersedes);
        return new TableEntity(partition, RowKeys.Decision(decided.Decision.DecidedAt, conflict.Id, decided.Decision.Number))
        {
            ["SchemaVersion"] = SchemaVersion,
            ["ConflictId"] = conflict.Id.ToString(),
            ["Release"] = conflict.Release,
            ["Option"] = decided.Decision.Option.Kind.ToString(),
            ["DecidedAt"] = decided.Decision.DecidedAt,
            ["Record"] = DomainJson.Serialize(record),
        };
    }

    public static DecisionRecord ReadDecision(TableEntity entity) => DomainJson.Deserialize<DecisionRecord>(entity.GetString("Record")!);

    public static TableEntity DeliveryRow(string partition, DeliveryReceipt receipt, string commitId) => new(partition, RowKeys.Delivery(receipt.Delivery))
    {
        ["Delivery"] = receipt.Delivery.Value,
        ["ConflictId"] = receipt.ConflictId.ToString(),
        ["At"] = receipt.At,
        ["CommitId"] = commitId,
    };

    public static DeliveryReceipt ReadDelivery(TableEntity entity) => new(
        new DeliveryId(entity.GetString("Delivery")!),
        ConflictId.TryParse(entity.GetString("ConflictId"), out var id) ? id : throw new InvalidOperationException("Delivery row without conflict id."),
        entity.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue);

    public static TableEntity SettingsRow(string partition, WorkspaceSettings settings) => new(partition, RowKeys.Settings)
    {
        ["ApproverId"] = settings.EscalationApprover?.Id,
        ["ApproverName"] = settings.EscalationApprover?.DisplayName,
        ["Version"] = settings.Version,
        ["ThresholdDays"] = settings.EscalationThresholdDays,
    };

    public static WorkspaceSettings ReadSettings(TableEntity entity) => new(
        entity.GetString("ApproverId") is { Length: > 0 } id ? new UserRef(id, entity.GetString("ApproverName")) : null,
        entity.GetInt32("Version") ?? 0,
        entity.GetInt32("ThresholdDays") ?? Domain.Digests.DeadlineEscalationPolicy.DefaultThresholdDays);
}
