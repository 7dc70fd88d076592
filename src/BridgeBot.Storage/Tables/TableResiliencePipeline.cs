using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace BridgeBot.Storage.Tables;

/// <summary>Builds the retry-around-timeout pipeline every table request runs in.</summary>
internal static partial class TableResiliencePipeline
{
    public static readonly ResiliencePropertyKey<string> OperationKey = new("BridgeBot.Tables.Operation");

    public static ResiliencePipeline<TableResponse> Create(TableClientOptions options, string tableName)
    {
        var retry = options.Retry;
        ArgumentOutOfRangeException.ThrowIfNegative(retry.MaxRetries, "options.Retry.MaxRetries");
        var timeProvider = options.TimeProvider;
        var logger = options.Logger;
        var builder = new ResiliencePipelineBuilder<TableResponse> { TimeProvider = timeProvider };
        if (retry.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<TableResponse>
            {
                MaxRetryAttempts = retry.MaxRetries,
                Delay = retry.Delay,
                MaxDelay = retry.MaxDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = arguments => ValueTask.FromResult(arguments.Outcome switch
                {
                    { Exception: { } exception } => TableTransientFailures.IsTransient(exception, arguments.Context.CancellationToken),
                    { Result: { } response } => TableTransientFailures.IsTransient(response.Status),
                    _ => false,
                }),
                DelayGenerator = arguments => ValueTask.FromResult(
                    arguments.Outcome.Result is { } response ? TableTransientFailures.RetryAfter(response, timeProvider) : null),
                OnRetry = arguments =>
                {
                    LogRetry(
                        logger,
                        tableName,
                        arguments.Context.Properties.GetValue(OperationKey, "request"),
                        arguments.AttemptNumber + 1,
                        arguments.Outcome.Result?.Status.ToString(System.Globalization.CultureInfo.InvariantCulture)
                            ?? arguments.Outcome.Exception?.GetType().Name,
                        arguments.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            });
        }

        // Added after the retry, so it bounds each attempt rather than all of them together.
        builder.AddTimeout(retry.AttemptTimeout);
        return builder.Build();
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Table {Table} {Operation} attempt {Attempt} failed with {Failure}; retrying in {Delay}")]
    private static partial void LogRetry(
        ILogger logger, string table, string operation, int attempt, string? failure, TimeSpan delay);
}
