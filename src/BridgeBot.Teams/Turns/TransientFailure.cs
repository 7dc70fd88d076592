using Azure;
using Polly.Timeout;

namespace BridgeBot.Teams.Turns;

/// <summary>Failures of a dependency (storage, the connector) after its own retries: the user is told to try again.</summary>
internal static class TransientFailure
{
    public static bool Is(Exception exception) =>
        exception is RequestFailedException or HttpRequestException or TimeoutRejectedException or TimeoutException;

    public const string Message = "I could not save that just now: storage is not answering. Please try again in a minute.";

    /// <summary>What to say when the change was saved but a later step (its card, the private requests) failed.</summary>
    public static string SavedButNotFinished(Domain.Conflicts.ConflictId id) =>
        $"{id} is saved, but I could not finish what goes with it: storage is not answering. Type `show {id}` in a minute to see it.";
}
