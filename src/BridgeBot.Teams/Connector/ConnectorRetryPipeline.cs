using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace BridgeBot.Teams.Connector;

/// <summary>
/// Retries connector calls that Teams asks to be retried (429, 412, 502, 504, and 500/503): it honours
/// <c>Retry-After</c>, and otherwise backs off exponentially with jitter. A 4xx answer is final.
/// </summary>
internal sealed class ConnectorRetryPipeline
{
    public static readonly ResiliencePropertyKey<string> Operation = new("BridgeBot.Teams.Connector.Operation");
    public static readonly ResiliencePropertyKey<string> ConversationId = new("BridgeBot.Teams.Connector.ConversationId");

    /// <summary>Whether sending the call twice has one effect (PUT, GET); a POST that may have arrived is not sent again.</summary>
    public static readonly ResiliencePropertyKey<bool> Idempotent = new("BridgeBot.Teams.Connector.Idempotent");

    /// <summary>Network failures that happen before the request reaches the service: retrying them cannot post twice.</summary>
    private static readonly HashSet<HttpRequestError> NotSent =
        [HttpRequestError.NameResolutionError, HttpRequestError.ConnectionError, HttpRequestError.SecureConnectionError, HttpRequestError.ProxyTunnelError];

    private static readonly HashSet<HttpStatusCode> Transient =
    [
        HttpStatusCode.TooManyRequests,
        HttpStatusCode.PreconditionFailed,
        HttpStatusCode.InternalServerError,
        HttpStatusCode.BadGateway,
        HttpStatusCode.ServiceUnavailable,
        HttpStatusCode.GatewayTimeout,
    ];

    private readonly ConnectorOptions options;
    private readonly TimeProvider timeProvider;
    private readonly ILogger logger;

    public ConnectorRetryPipeline(IOptions<ConnectorOptions> options, TimeProvider timeProvider, ILogger<ConnectorClient> logger)
    {
        this.options = options.Value;
        this.timeProvider = timeProvider;
        this.logger = logger;
        Pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = this.options.MaxRetryAttempts,
                Delay = this.options.RetryBaseDelay,
                MaxDelay = this.options.MaxRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = arguments => ValueTask.FromResult(ShouldRetry(arguments.Outcome, arguments.Context.Properties.GetValue(Idempotent, false))),
                DelayGenerator = arguments => ValueTask.FromResult(arguments.Outcome.Result is { } response ? RetryAfter.Read(response, timeProvider) : null),
                OnRetry = OnRetry,
            })
            .Build();
    }

    public ResiliencePipeline<HttpResponseMessage> Pipeline { get; }

    private bool ShouldRetry(Outcome<HttpResponseMessage> outcome, bool idempotent) => outcome switch
    {
        // The connection broke after the request went out: Teams may have posted it, and a second POST would post it
        // again. Only idempotent calls, or failures before anything was sent, are retried; the rest are reported.
        { Exception: HttpRequestException failure } => idempotent || NotSent.Contains(failure.HttpRequestError),
        { Exception: TaskCanceledException { InnerException: TimeoutException } } => idempotent,
        { Result: { } response } => Transient.Contains(response.StatusCode)
            && !(RetryAfter.Read(response, timeProvider) > options.MaxRetryAfter),
        _ => false,
    };

    private ValueTask OnRetry(OnRetryArguments<HttpResponseMessage> arguments)
    {
        var operation = arguments.Context.Properties.GetValue(Operation, "unknown");
        var conversationId = arguments.Context.Properties.GetValue(ConversationId, "(new)");
        var outcome = arguments.Outcome.Result is { } response
            ? ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture)
            : arguments.Outcome.Exception?.GetType().Name ?? "unknown";
        ConnectorLog.Retrying(logger, operation, conversationId, arguments.RetryDelay, arguments.AttemptNumber + 1, outcome);
        return ValueTask.CompletedTask;
    }
}
