using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace BridgeBot.Storage.Tables;

/// <summary>
/// Splits a batch response (<c>multipart/mixed</c>, holding a changeset response) into one response per action.
/// </summary>
internal static class TableBatchResponseReader
{
    public static async Task<IReadOnlyList<TableResponse>> ReadAsync(TableResponse batch, CancellationToken cancellationToken)
    {
        var responses = new List<TableResponse>();
        await ReadPartsAsync(batch.GetHeader("Content-Type"), batch.Content.ToStream(), responses, cancellationToken)
            .ConfigureAwait(false);
        return responses;
    }

    /// <summary>The service prefixes a failed action's message with its index: <c>"2:The specified entity already exists."</c>.</summary>
    public static int? FailedActionIndex(TableResponse failed)
    {
        var message = TableErrorParser.ReadODataError(failed.Content).Message;
        var colon = message?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return colon > 0 && int.TryParse(message.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? index
            : null;
    }


    // A part is either a nested multipart (the changeset) or one embedded HTTP response.
    private static async Task ReadPartsAsync(
        string? contentType, Stream body, List<TableResponse> responses, CancellationToken cancellationToken)
    {
        var boundary = BoundaryOf(contentType);
        var reader = new MultipartReader(boundary, body);
        while (await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false) is { } section)
        {
            if (section.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true)
            {
                await ReadPartsAsync(section.ContentType, section.Body, responses, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                using var buffer = new MemoryStream();
                await section.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
                responses.Add(ParseHttpResponse(buffer.ToArray()));
            }
        }
    }

    private static string BoundaryOf(string? contentType)
    {
        var boundary = contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            ? HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value
            : null;
        return string.IsNullOrEmpty(boundary)
            ? throw new InvalidDataException($"The batch response has no multipart boundary (Content-Type '{contentType}').")
            : boundary;
    }

    /// <summary>Parses <c>HTTP/1.1 204 No Content</c>, header lines, a blank line and the body.</summary>
    private static TableResponse ParseHttpResponse(byte[] part)
    {
        var text = Encoding.UTF8.GetString(part);
        var headerEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = headerEnd < 0 ? text : text[..headerEnd];
        var content = headerEnd < 0 ? [] : Encoding.UTF8.GetBytes(text[(headerEnd + 4)..]);
        var lines = head.Split("\r\n");
        var statusLine = lines[0].Split(' ', 3);
        if (statusLine.Length < 2 || !int.TryParse(statusLine[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            throw new InvalidDataException($"A batch response part does not start with an HTTP status line: '{lines[0]}'.");
        }

        var headers = new List<KeyValuePair<string, string>>();
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers.Add(new(line[..colon].Trim(), line[(colon + 1)..].Trim()));
            }
        }

        return new TableResponse(status, statusLine.Length > 2 ? statusLine[2] : string.Empty, headers, content);
    }
}
