using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BridgeBot.Slack.BlockKit;
using BridgeBot.Slack.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace BridgeBot.Slack.WebApi;

/// <summary>
/// The Slack Web API over a typed <see cref="HttpClient"/>: JSON with the workspace's bearer token, retried by
/// <see cref="SlackApiRetryPipeline"/>. Slack answers logical errors with HTTP 200 and <c>ok: false</c>; those are
/// logged with the method and error code and thrown as <see cref="SlackApiException"/> for the caller to explain.
/// The methods BridgeBot uses are in <see cref="SlackApiMethods"/>.
/// </summary>
public sealed partial class SlackApiClient(HttpClient http, SlackApiRetryPipeline retry, IOptions<SlackOptions> options, ILogger<SlackApiClient> logger)
{
    /// <summary>Calls <paramref name="method"/> with a JSON body; the answer when <c>ok</c>.</summary>
    public Task<JsonObject> CallAsync(string method, string token, JsonObject arguments, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        var body = Encoding.UTF8.GetBytes(SlackJson.Serialize(arguments));
        return SendAsync(method, new Uri(options.Value.ApiBaseUrl, method), () => Json(body), token, cancellationToken);
    }

    /// <summary>Calls <paramref name="method"/> with a form body and no token (<c>oauth.v2.access</c> authenticates with the client secret).</summary>
    public Task<JsonObject> CallWithFormAsync(string method, IReadOnlyDictionary<string, string> form, CancellationToken cancellationToken = default) =>
        SendAsync(method, new Uri(options.Value.ApiBaseUrl, method), () => new FormUrlEncodedContent(form), null, cancellationToken);

    /// <summary>Posts to a <c>response_url</c> (no token: the URL is the credential). It answers <c>ok</c> as text, or an error.</summary>
    public async Task PostToResponseUrlAsync(string responseUrl, JsonObject payload, CancellationToken cancellationToken = default)
    {
        if (!ResponseUrlPolicy.IsTrusted(responseUrl, options.Value.ApiBaseUrl))
        {
            LogUntrustedResponseUrl(responseUrl);
            throw new SlackApiException("response_url", "untrusted_response_url");
        }

        var body = Encoding.UTF8.GetBytes(SlackJson.Serialize(payload));
        using var response = await ExecuteAsync("response_url", new Uri(responseUrl), () => Json(body), null, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var error = text.Length is > 0 and < 64 ? text.Trim() : "http_" + (int)response.StatusCode;
            LogFailed("response_url", error);
            throw new SlackApiException("response_url", error);
        }
    }

    private async Task<JsonObject> SendAsync(string method, Uri uri, Func<HttpContent> content, string? token, CancellationToken cancellationToken)
    {
        using var response = await ExecuteAsync(method, uri, content, token, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var error = "http_" + (int)response.StatusCode;
            LogFailed(method, error);
            throw new SlackApiException(method, error);
        }

        JsonObject? answer;
        try
        {
            answer = JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            answer = null;
        }

        if (answer?["ok"] is JsonValue ok && ok.TryGetValue<bool>(out var isOk) && isOk)
        {
            return answer;
        }

        var code = answer?["error"] is JsonValue value && value.TryGetValue<string>(out var e) ? e : "invalid_response";
        var needed = answer?["needed"] is JsonValue n && n.TryGetValue<string>(out var scope) ? scope : null;
        LogFailed(method, code);
        throw new SlackApiException(method, code, needed);
    }

    private async Task<HttpResponseMessage> ExecuteAsync(string method, Uri uri, Func<HttpContent> content, string? token, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(SlackApiRetryPipeline.Method, method);
        try
        {
            return await retry.Pipeline.ExecuteAsync(
                async (attempt, state) =>
                {
                    // A request message cannot be sent twice, so each attempt builds its own.
                    using var request = new HttpRequestMessage(HttpMethod.Post, state.uri) { Content = state.content() };
                    if (state.token is not null)
                    {
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", state.token);
                    }

                    return await state.http.SendAsync(request, attempt.CancellationToken).ConfigureAwait(false);
                },
                context,
                (http, uri, content, token)).ConfigureAwait(false);
        }
        catch (HttpRequestException failure)
        {
            LogUnreachable(failure, method);
            throw;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static ByteArrayContent Json(byte[] body) =>
        new(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } } };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack {Method} failed: {Error}")]
    private partial void LogFailed(string method, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack {Method} could not be reached")]
    private partial void LogUnreachable(Exception exception, string method);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused to post to a response_url outside Slack: {ResponseUrl}")]
    private partial void LogUntrustedResponseUrl(string responseUrl);
}
