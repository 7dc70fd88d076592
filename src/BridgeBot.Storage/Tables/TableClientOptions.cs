namespace BridgeBot.Storage.Tables;

/// <summary>How the table client retries transient failures.</summary>
public sealed class TableClientOptions
{
    /// <summary>Retries after the first attempt (timeouts, 408, 429, 500, 502, 503, 504, connection failures).</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first backoff delay; it grows exponentially with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest single backoff delay (a longer <c>Retry-After</c> is capped to it).</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one attempt may take before it is abandoned and retried.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The REST API version sent in <c>x-ms-version</c>.</summary>
    public string ApiVersion { get; set; } = "2019-02-02";
}
