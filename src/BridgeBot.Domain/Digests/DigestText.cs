using System.Globalization;
using BridgeBot.Domain.Text;
using BridgeBot.Domain.Views;

namespace BridgeBot.Domain.Digests;

/// <summary>The words of a digest, shared by the Teams cards and the Slack messages.</summary>
public static class DigestText
{
    /// <summary>The line a day with nothing to report gets.</summary>
    public const string NothingChanged = "Nothing new since the last digest: no conflict waits for anyone and none was decided.";

    /// <summary>How many urgent lines the compact digest shows.</summary>
    public const int UrgentLines = 3;

    /// <summary>The digest's title.</summary>
    public static string Title(DateOnly day) => "Stand-up digest · " + Day(day);

    /// <summary>E.g. "Thursday 2026-12-10".</summary>
    public static string Day(DateOnly day) => day.ToString("dddd yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>E.g. "2 waiting inputs · 1 escalated".</summary>
    public static string Counts(Digest digest)
    {
        var parts = new List<string>();
        Add(parts, digest.NeedsAttention.Select(item => (item.ConflictId, item.Who.Id)).Distinct().Count(), "waiting input", "waiting inputs");
        Add(parts, digest.DeadlinesComing.Count, $"deadline within {DigestBuilder.DefaultHorizonDays} days", $"deadlines within {DigestBuilder.DefaultHorizonDays} days");
        Add(parts, digest.Escalated.Count, "escalated", "escalated");
        Add(parts, digest.DecidedSince.Count, "decided since the last digest", "decided since the last digest");
        return string.Join(" · ", parts);
    }

    /// <summary>The most urgent lines first: deadlines by days left, then the longest waits.</summary>
    public static IEnumerable<string> Urgent(Digest digest) =>
        digest.DeadlinesComing.Select(item => $"{item.ConflictId} {item.Release}: {DisplayText.DaysLeft(item.DaysLeft)}, {Missing(item.MissingInputs)}")
            .Concat(digest.Escalated.Select(item => $"{item.ConflictId} {item.Release}: escalated to {item.Escalation.To.DisplayName}"))
            .Concat(digest.NeedsAttention.Select(item => $"{item.Who.DisplayName} owes {Owed(item.What)} on {item.ConflictId}, {Waiting(item.DaysWaiting)}"));

    /// <summary>What someone owes, as a noun phrase.</summary>
    public static string Owed(PendingKind what) => what switch
    {
        PendingKind.Reasoning => "reasoning",
        PendingKind.Approval => "an approval",
        PendingKind.Proposal => "a proposal",
        _ => "a decision",
    };

    /// <summary>How long someone has been waited for.</summary>
    public static string Waiting(int days) => days switch
    {
        0 => "since today",
        1 => "for 1 day",
        _ => $"for {days.ToString(CultureInfo.InvariantCulture)} days",
    };

    /// <summary>E.g. "2 inputs missing".</summary>
    public static string Missing(int inputs) => inputs == 1 ? "1 input missing" : $"{inputs.ToString(CultureInfo.InvariantCulture)} inputs missing";

    private static void Add(List<string> parts, int count, string one, string many)
    {
        if (count > 0)
        {
            parts.Add($"{count.ToString(CultureInfo.InvariantCulture)} {(count == 1 ? one : many)}");
        }
    }
}
