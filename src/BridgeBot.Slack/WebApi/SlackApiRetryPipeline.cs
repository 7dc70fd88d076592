using System.Globalization;
using System.Net;
using BridgeBot.Slack.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace BridgeBot.Slack.WebApi;

/// <summary>
/// Retries Web API calls Slack asks to be retried: a 429 after exactly its <c>Retry-After</c> (a longer wait than
/// <see cref="SlackOptions.MaxRetryAfter"/> is not waited for), and 5xx answers and network failures with exponential
/// backoff and jitter. Any other answer, including <c>ok: false</c>, is final.
/// </summary>
public sealed partial class SlackApiRetryPipeline
{
    public static readonly ResiliencePropertyKey<string> Method = new("BridgeBot.Slack.WebApi.Method");

    /// <summary>Calls that post a message: sending one twice shows it twice.</summary>
    private static readonly HashSet<string> Posts = new(StringComparer.Ordinal) { "chat.postMessage", "chat.postEphemeral", "response_url" };

    /// <summary>Network failures before the request reached Slack: retrying them cannot post twice.</summary>
    private static readonly HashSet<HttpRequestError> NotSent =
        [HttpRequestError.NameResolutionError, HttpRequestError.ConnectionError, HttpRequestError.SecureConnectionError, HttpRequestError.ProxyTunnelError];

    private readonly SlackOptions options;
    private readonly ILogger logger;

    public SlackApiRetryPipeline(IOptions<SlackOptions> options, TimeProvider timeProvider, ILogger<SlackApiRetryPipeline> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        this.logger = logger;
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        if (this.options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = this.options.MaxRetryAttempts,
                Delay = this.options.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = arguments => ValueTask.FromResult(ShouldRetry(arguments.Outcome, arguments.Context.Properties.GetValue(Method, string.Empty))),
                DelayGenerator = arguments => ValueTask.FromResult<TimeSpan?>(arguments.Outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } response
                    ? RetryAfter(response)
                    : null),
                OnRetry = OnRetry,
            });
        }

        Pipeline = builder.Build();
    }

    public ResiliencePipeline<HttpResponseMessage> Pipeline { get; }

    /// <summary>Slack's <c>Retry-After</c> is whole seconds; without one, a second.</summary>
    public static TimeSpan RetryAfter(HttpResponseMessage response) =>
        response?.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);

    private bool ShouldRetry(Outcome<HttpResponseMessage> outcome, string method) => outcome switch
    {
        // The connection broke after the request went out: Slack may have posted the message, and a second call would
        // post it again. Calls that post are retried only when nothing was sent; the others (updates, reads) always.
        { Exception: HttpRequestException failure } => !Posts.Contains(method) || NotSent.Contains(failure.HttpRequestError),
        { Result.StatusCode: HttpStatusCode.TooManyRequests } => RetryAfter(outcome.Result) <= options.MaxRetryAfter,
        { Result.StatusCode: >= HttpStatusCode.InternalServerError } => true,
        _ => false,
    };

    private ValueTask OnRetry(OnRetryArguments<HttpResponseMessage> arguments)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            var outcome = arguments.Outcome.Result is { } response
                ? ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture)
                : arguments.Outcome.Exception?.GetType().Name ?? "unknown";
            var method = arguments.Context.Properties.GetValue(Method, "unknown");
            LogRetrying(method, arguments.RetryDelay, arguments.AttemptNumber + 1, outcome);
        }

        return ValueTask.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack {Method} retrying in {Delay} after attempt {Attempt} ({Outcome})")]
    private partial void LogRetrying(string method, TimeSpan delay, int attempt, string outcome);
}
