using System.Text;
using BridgeBot.Slack.Signing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace BridgeBot.Slack.Endpoints;

/// <summary>
/// The first step of every Slack endpoint: the body is read raw (size-limited: 413), and its signature verified before
/// anything is parsed (401, nothing done). Slack's unsigned <c>ssl_check=1</c> probe is answered 200 and nothing else.
/// </summary>
internal static partial class SlackRequestReader
{
    /// <summary>The largest body accepted; Slack's payloads (a modal's whole view included) are far smaller.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    /// <summary>The verified raw body as text; null when the response has been written already.</summary>
    public static async Task<string?> ReadVerifiedAsync(HttpContext http, SlackSignatureVerifier verifier, ILogger logger)
    {
        var request = http.Request;
        if (request.ContentLength > MaxBodyBytes)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return null;
        }

        var body = await ReadLimitedAsync(request, http.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return null;
        }

        var timestamp = request.Headers[SlackSignatureVerifier.TimestampHeader].ToString();
        var signature = request.Headers[SlackSignatureVerifier.SignatureHeader].ToString();
        var text = Encoding.UTF8.GetString(body);
        if (signature.Length == 0 && request.HasFormContentType && QueryHelpers.ParseQuery(text).TryGetValue("ssl_check", out var check) && check == "1")
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            return null;
        }

        var result = verifier.Verify(timestamp, signature, body);
        if (result != SignatureCheck.Valid)
        {
            LogRejected(logger, request.Path, result);
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return null;
        }

        return text;
    }

    private static async Task<byte[]?> ReadLimitedAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > MaxBodyBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return buffer.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected a request to {Path}: signature {Result}")]
    private static partial void LogRejected(ILogger logger, PathString path, SignatureCheck result);
}
