using System.Buffers;
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

    // Reads into pooled buffers (sized from Content-Length when Slack sends one, as it does) and copies out only the body.
    private static async Task<byte[]?> ReadLimitedAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(request.ContentLength is > 0 and var length ? (int)Math.Min(length + 1, MaxBodyBytes + 1) : 4096);
        var filled = 0;
        try
        {
            while (true)
            {
                if (filled == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, MaxBodyBytes + 1));
                    buffer.AsSpan(0, filled).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    // Copied out before the buffer goes back to the pool.
                    return buffer.AsSpan(0, filled).ToArray();
                }

                filled += read;
                if (filled > MaxBodyBytes)
                {
                    return null;
                }
            }
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected a request to {Path}: signature {Result}")]
    private static partial void LogRejected(ILogger logger, PathString path, SignatureCheck result);
}
