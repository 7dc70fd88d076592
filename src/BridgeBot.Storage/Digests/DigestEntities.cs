using System.Globalization;
using BridgeBot.Domain.Digests;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Storage.Tables;

namespace BridgeBot.Storage.Digests;

/// <summary>Maps subscriptions and claims to rows and back; plain columns, so the rows read well in Storage Explorer.</summary>
internal static class DigestEntities
{
    public const string DigestKind = "digest";
    public const string SweepKind = "sweep";
    public const string RetryKind = "retry";

    public const string Claimed = "claimed";
    public const string Posted = "posted";
    public const string Failed = "failed";
    public const string GivenUp = "given-up";

    public static TableEntity SubscriptionRow(string rowKey, DigestSubscription subscription)
    {
        var row = new TableEntity(DigestKeys.Partition, rowKey);
        Write(row, subscription);
        return row;
    }

    public static void Write(TableEntity row, DigestSubscription subscription)
    {
        var schedule = subscription.Schedule;
        row["Workspace"] = subscription.Workspace.Value;
        row["ChannelId"] = subscription.ChannelId;
        row["LocalTime"] = schedule.LocalTime.ToString("HH:mm", CultureInfo.InvariantCulture);
        row["TimeZoneId"] = schedule.TimeZoneId;
        row["Days"] = string.Join(",", Enum.GetValues<DayOfWeek>().Where(schedule.Days.Contains).Select(day => (int)day));
        row["Quiet"] = schedule.Quiet;
        row["SetById"] = subscription.SetBy.Id;
        row["SetByName"] = subscription.SetBy.DisplayName;
        row["SetAt"] = subscription.SetAt;
    }

    public static DigestSubscription ReadSubscription(TableEntity row)
    {
        var days = (row.GetString("Days") ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(day => (DayOfWeek)int.Parse(day, CultureInfo.InvariantCulture))
            .ToHashSet();
        var schedule = new DigestSchedule(
            TimeOnly.ParseExact(row.GetString("LocalTime")!, "HH:mm", CultureInfo.InvariantCulture),
            row.GetString("TimeZoneId")!,
            days,
            row.GetBoolean("Quiet") ?? false);
        return new DigestSubscription(
            new WorkspaceId(row.GetString("Workspace")!),
            row.GetString("ChannelId")!,
            schedule,
            new UserRef(row.GetString("SetById")!, row.GetString("SetByName")),
            row.GetDateTimeOffset("SetAt") ?? DateTimeOffset.MinValue);
    }

    public static TableEntity DueRow(string rowKey, string kind, DigestSubscription subscription, DateTimeOffset at, DateOnly? day = null)
    {
        var row = new TableEntity(DigestKeys.Partition, rowKey) { ["Kind"] = kind, ["At"] = at, ["Day"] = day is { } d ? TableKey.Day(d) : null };
        Write(row, subscription);
        return row;
    }

    public static DigestClaim ReadClaim(TableEntity row) => new(
        ReadSubscription(row),
        DateOnly.ParseExact(row.GetString("Day")!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        row.GetDateTimeOffset("Since") ?? DateTimeOffset.MinValue,
        row.GetDateTimeOffset("Until") ?? DateTimeOffset.MinValue,
        row.GetInt32("Attempt") ?? 1,
        row.GetString("RootMessageId"),
        ClaimToken.Write(row.ETag, row.GetString("RetryKey")!));
}
