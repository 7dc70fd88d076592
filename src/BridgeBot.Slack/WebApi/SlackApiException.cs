namespace BridgeBot.Slack.WebApi;

/// <summary>A Web API call Slack answered with <c>ok: false</c> (or an HTTP failure after the retries), with Slack's error code.</summary>
public sealed class SlackApiException : Exception
{
    public SlackApiException(string method, string error, string? needed = null)
        : base($"Slack {method} failed: {error}" + (needed is null ? string.Empty : $" (needs {needed})"))
    {
        Method = method;
        Error = error;
        Needed = needed;
    }

    /// <summary>The method, e.g. <c>chat.postMessage</c>.</summary>
    public string Method { get; }

    /// <summary>Slack's error code, e.g. <c>not_in_channel</c>; <c>http_503</c> for an HTTP failure.</summary>
    public string Error { get; }

    /// <summary>The scope a <c>missing_scope</c> error names.</summary>
    public string? Needed { get; }
}
