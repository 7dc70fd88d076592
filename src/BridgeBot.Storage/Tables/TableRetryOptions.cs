namespace BridgeBot.Storage.Tables;

/// <summary>How a <see cref="TableClient"/> retries transient failures.</summary>
/// <remarks>
/// Transient means a network error, an attempt that timed out, or status 408, 429, 500, 502, 503 or 504.
/// Other statuses, 409 and 412 above all, are answers and are never retried.
/// </remarks>
public sealed class TableRetryOptions
{
    /// <summary>Retries after the first attempt; 0 disables retrying. Default 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The base of the exponential backoff (jittered). Default 0.8 s.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.FromSeconds(0.8);

    /// <summary>The longest backoff between two attempts, unless the service asks for longer with Retry-After. Default 30 s.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one attempt may take, response body included, before it counts as transient. Default 10 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
