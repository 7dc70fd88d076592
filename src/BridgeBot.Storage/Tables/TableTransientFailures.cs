using System.Net.Http.Headers;
using Polly.Timeout;

namespace BridgeBot.Storage.Tables;

/// <summary>Which failures are worth another attempt, and how long the service asked us to wait.</summary>
internal static class TableTransientFailures
{
    public static bool IsTransient(int status) => status is 408 or 429 or 500 or 502 or 503 or 504;

    /// <param name="exception">What the attempt threw.</param>
    /// <param name="callerToken">The caller's token: a cancellation the caller asked for is never retried.</param>
    public static bool IsTransient(Exception exception, CancellationToken callerToken) => exception switch
    {
        HttpRequestException => true,
        TimeoutRejectedException => true,

        // HttpClient.Timeout surfaces as a cancellation caused by a TimeoutException.
        OperationCanceledException { InnerException: TimeoutException } => !callerToken.IsCancellationRequested,
        _ => false,
    };

    /// <summary>The wait a Retry-After header asks for (seconds or an HTTP date), or null without one.</summary>
    public static TimeSpan? RetryAfter(TableResponse response, TimeProvider timeProvider)
    {
        if (response.GetHeader(TableHeaders.RetryAfter) is not { } header
            || !RetryConditionHeaderValue.TryParse(header, out var retryAfter))
        {
            return null;
        }

        // A date already past means "now", not a negative wait.
        var delay = retryAfter.Delta ?? (retryAfter.Date - timeProvider.GetUtcNow());
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
    }
}
