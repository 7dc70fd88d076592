using System.ComponentModel.DataAnnotations;

namespace BridgeBot.Teams.Connector;

/// <summary>Outbound calls to the Bot Connector: token scope and retry policy.</summary>
public sealed class ConnectorOptions
{
    public const string SectionName = "Teams:Connector";

    /// <summary>The scope of the bot's outbound token (US Gov: <c>https://api.botframework.us/.default</c>).</summary>
    [Required]
    public string TokenScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Retries after the first attempt, for 429, 412 and 5xx gateway answers and network failures.</summary>
    [Range(1, 10)]
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>The first backoff delay; later ones grow exponentially, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A <c>Retry-After</c> longer than this is not waited for: the call fails with the throttling answer.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(1);
}
