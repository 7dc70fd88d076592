using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Json;
using BridgeBot.Teams.Authentication;
using BridgeBot.Teams.Protocol;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.ObjectPool;
using Polly;

namespace BridgeBot.Teams.Connector;

/// <summary>
/// The Bot Connector REST API (<c>{serviceUrl}/v3/conversations/...</c>, PROTOCOLS §1.4). Every call
/// checks that the service URL is trusted before a byte or a token leaves, and is retried per
/// <see cref="ConnectorOptions"/>. Failures surface as <see cref="ConnectorException"/>.
/// </summary>
public sealed class ConnectorClient
{
    private const string CorrelationHeader = "X-Correlating-OperationId";

    /// <summary>
    /// How long one call may take. A POST that times out may still have been posted, so it is reported, not sent again
    /// (Teams itself gives a turn 15 s); an idempotent call (PUT, GET) is retried.
    /// </summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(30);

    // Bodies (a card is often over 10 KB) are written into pooled buffers, each taken back when its call is over.
    private static readonly ObjectPool<ArrayBufferWriter<byte>> Payloads =
        new DefaultObjectPool<ArrayBufferWriter<byte>>(new PayloadPolicy(), maximumRetained: 64);

    private static readonly JsonWriterOptions PayloadWriting = new()
    {
        Encoder = ProtocolJson.Options.Encoder,
        Indented = ProtocolJson.Options.WriteIndented,
    };

    private readonly HttpClient httpClient;
    private readonly ConnectorTokenProvider tokens;
    private readonly IServiceUrlTrust trust;
    private readonly ResiliencePipeline<HttpResponseMessage> pipeline;
    private readonly ILogger<ConnectorClient> logger;

    internal ConnectorClient(HttpClient httpClient, ConnectorTokenProvider tokens, IServiceUrlTrust trust, ConnectorRetryPipeline retry, ILogger<ConnectorClient> logger)
    {
        this.httpClient = httpClient;
        this.tokens = tokens;
        this.trust = trust;
        pipeline = retry.Pipeline;
        this.logger = logger;
    }

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        return SendAsync<ResourceResponse>(
            new ConnectorCall("SendToConversation", HttpMethod.Post, serviceUrl, conversationId, $"v3/conversations/{Escape(conversationId)}/activities"),
            activity,
            cancellationToken);
    }

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
        ToActivityAsync("ReplyToActivity", HttpMethod.Post, serviceUrl, conversationId, activityId, activity, cancellationToken);

    /// <summary>Sends a reply made by <see cref="ActivityExtensions.CreateReply"/>, addressed by its own fields.</summary>
    public Task<ResourceResponse> ReplyToActivityAsync(Activity reply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reply);

        // An activity without an id cannot be replied to; the reply then goes to its conversation.
        return reply.ReplyToId is { Length: > 0 } replyToId
            ? ReplyToActivityAsync(reply.ServiceUrl!, reply.Conversation?.Id!, replyToId, reply, cancellationToken)
            : SendToConversationAsync(reply.ServiceUrl!, reply.Conversation?.Id!, reply, cancellationToken);
    }

    /// <summary>Replaces the activity <paramref name="activityId"/> (the id the send returned), e.g. to refresh a card.</summary>
    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
        ToActivityAsync("UpdateActivity", HttpMethod.Put, serviceUrl, conversationId, activityId, activity, cancellationToken);

    /// <summary>Opens a conversation, e.g. a 1:1 chat made with <see cref="ConversationParameters.OneOnOne"/>.</summary>
    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default) =>
        SendAsync<ConversationResourceResponse>(
            new ConnectorCall("CreateConversation", HttpMethod.Post, serviceUrl, null, "v3/conversations"),
            parameters,
            cancellationToken);

    /// <summary>The members of a conversation (for a team channel, pass the team's id), e.g. to offer people in a form.</summary>
    public async Task<IReadOnlyList<ChannelAccount>> GetConversationMembersAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        return await SendAsync<List<ChannelAccount>>(
            new ConnectorCall("GetConversationMembers", HttpMethod.Get, serviceUrl, conversationId, $"v3/conversations/{Escape(conversationId)}/members"),
            null,
            cancellationToken).ConfigureAwait(false);
    }

    // Teams ids hold ':', ';' and '@', which must not reach the path unescaped.
    private static string Escape(string id) => Uri.EscapeDataString(id);

    private Task<ResourceResponse> ToActivityAsync(string operation, HttpMethod method, string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        return SendAsync<ResourceResponse>(
            new ConnectorCall(operation, method, serviceUrl, conversationId, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}"),
            activity,
            cancellationToken);
    }

    private async Task<T> SendAsync<T>(ConnectorCall call, object? body, CancellationToken cancellationToken)
        where T : new()
    {
        var uri = call.BuildUri();
        if (!trust.IsTrusted(call.ServiceUrl))
        {
            throw new UntrustedServiceUrlException(call.ServiceUrl);
        }

        var payload = body is null ? null : Serialize(body);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(ConnectorRetryPipeline.Operation, call.Operation);
        context.Properties.Set(ConnectorRetryPipeline.ConversationId, call.LogConversationId);
        context.Properties.Set(ConnectorRetryPipeline.Idempotent, call.Method != HttpMethod.Post);
        var answered = false;
        try
        {
            using var response = await pipeline.ExecuteAsync(
                async (attemptContext, state) => await state.client.AttemptAsync(state.call, state.uri, state.payload, attemptContext.CancellationToken).ConfigureAwait(false),
                context,
                (client: this, call, uri, payload: payload?.WrittenMemory)).ConfigureAwait(false);
            answered = true;
            return await ReadAsync<T>(call, response, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            ConnectorLog.Unreachable(logger, exception, call.Operation, call.LogConversationId);
            throw;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);

            // Reused only when the call ended with a response (the handler finishes sending a body before it returns one);
            // after a transport failure or a cancellation the buffer is left to the collector, in case a send lingers.
            if (payload is not null && answered)
            {
                Payloads.Return(payload);
            }
        }
    }

    private static ArrayBufferWriter<byte> Serialize(object body)
    {
        var payload = Payloads.Get();
        using var writer = new Utf8JsonWriter(payload, PayloadWriting);
        JsonSerializer.Serialize(writer, body, body.GetType(), ProtocolJson.Options);
        return payload;
    }

    private async Task<HttpResponseMessage> AttemptAsync(ConnectorCall call, Uri uri, ReadOnlyMemory<byte>? payload, CancellationToken cancellationToken)
    {
        // A request message cannot be sent twice, so each attempt builds its own.
        using var request = new HttpRequestMessage(call.Method, uri);
        if (payload is { } bytes)
        {
            request.Content = new ReadOnlyMemoryContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } } };
        }

        if (await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private async Task<T> ReadAsync<T>(ConnectorCall call, HttpResponseMessage response, CancellationToken cancellationToken)
        where T : new()
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var correlationId = response.Headers.TryGetValues(CorrelationHeader, out var values) ? values.FirstOrDefault() : null;
            var (code, message) = ConnectorErrorBody.Read(body);
            ConnectorLog.Failed(logger, call.Operation, call.LogConversationId, response.StatusCode, correlationId, code);
            throw new ConnectorException(call.Operation, response.StatusCode, correlationId, code, message);
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            return new T();
        }

        try
        {
            return JsonSerializer.Deserialize<T>(body, ProtocolJson.Options) ?? new T();
        }
        catch (JsonException)
        {
            // Delivered all the same; failing here would make the caller send it again.
            return new T();
        }
    }

    /// <summary>Buffers start at 16 KB; one that grew past 256 KB (a rare, very large card) is not kept.</summary>
    private sealed class PayloadPolicy : PooledObjectPolicy<ArrayBufferWriter<byte>>
    {
        public override ArrayBufferWriter<byte> Create() => new(16 * 1024);

        public override bool Return(ArrayBufferWriter<byte> obj)
        {
            if (obj.Capacity > 256 * 1024)
            {
                return false;
            }

            obj.ResetWrittenCount();
            return true;
        }
    }
}
