using System.ComponentModel.DataAnnotations;
using BridgeBot.Domain.Conflicts.Retrospectives;

namespace BridgeBot.Host.Retrospectives;

/// <summary>The retrospective scheduler (section <c>Retrospectives</c>).</summary>
public sealed class RetrospectiveOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Retrospectives";

    /// <summary>Whether this instance asks due retrospectives; every instance may, since a lease lets one ask at a time.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Days after a decided release date before both managers are asked whether their prediction held.</summary>
    [Range(0, 365)]
    public int DelayDays { get; set; } = RetrospectivePolicy.DefaultDelayDays;

    /// <summary>How often the scheduler looks for due retrospectives.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long after a failed ask (after the platform client's own retries) it is tried again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How many times a retrospective is tried before it is given up and reported.</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 5;
}
