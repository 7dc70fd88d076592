using Azure;
using Polly.Timeout;

namespace BridgeBot.Teams.Turns;

/// <summary>Failures of a dependency (storage, the connector) after its own retries: the user is told to try again.</summary>
internal static class TransientFailure
{
    public static bool Is(Exception exception) =>
        exception is RequestFailedException or HttpRequestException or TimeoutRejectedException or TimeoutException;

    public const string Message = "I could not save that just now: storage is not answering. Nothing changed — please try again in a minute.";
}
