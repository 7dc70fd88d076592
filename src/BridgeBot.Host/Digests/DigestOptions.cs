using System.ComponentModel.DataAnnotations;

namespace BridgeBot.Host.Digests;

/// <summary>The digest scheduler (section <c>Digests</c>).</summary>
public sealed class DigestOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Digests";

    /// <summary>Whether this instance runs the scheduler; every instance may, since claims make each post exactly-once.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the scheduler looks for due digests.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The most due entries one tick takes on; the rest wait for the next tick.</summary>
    [Range(1, 1000)]
    public int MaxDuePerTick { get; set; } = 100;

    /// <summary>How long after a failed post (after the platform client's own retries) the one retry comes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "06:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a claimed digest may go unreported before another instance treats its poster as dead and retries it.
    /// Must exceed <see cref="PostTimeout"/>, so a slow but live poster is never doubled.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:10", "06:00:00")]
    public TimeSpan WatchdogDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long one digest's posting may take before it counts as failed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan PostTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
