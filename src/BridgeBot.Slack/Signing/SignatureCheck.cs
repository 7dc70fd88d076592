namespace BridgeBot.Slack.Signing;

/// <summary>The result of checking a request's Slack signature.</summary>
public enum SignatureCheck
{
    /// <summary>Signed with the signing secret, recently.</summary>
    Valid,

    /// <summary>No <c>X-Slack-Signature</c> or <c>X-Slack-Request-Timestamp</c>.</summary>
    MissingHeaders,

    /// <summary>The timestamp is not a number of seconds.</summary>
    MalformedTimestamp,

    /// <summary>The timestamp is more than five minutes from now (a replay, or a clock far off).</summary>
    Stale,

    /// <summary>The signature does not match the body, the timestamp and the secret.</summary>
    Mismatch,
}
