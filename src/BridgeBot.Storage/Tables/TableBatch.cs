using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Azure;

namespace BridgeBot.Storage.Tables;

/// <summary>
/// The wire format of an entity group transaction: a multipart/mixed batch holding one changeset, each operation
/// a full HTTP request (absolute URL, headers, JSON body) with CRLF line endings; and the multipart answer, which
/// holds one status per operation on success, or a single failing part whose message starts with its index.
/// </summary>
internal static partial class TableBatch
{
    public static HttpContent Build(Uri tableUri, IReadOnlyList<TableTransactionAction> actions, string boundarySeed)
    {
        var batch = "batch_" + boundarySeed;
        var changeset = "changeset_" + boundarySeed;
        var body = new StringBuilder();
        body.Append("--").Append(batch).Append("\r\n")
            .Append("Content-Type: multipart/mixed; boundary=").Append(changeset).Append("\r\n\r\n");
        foreach (var action in actions)
        {
            var (method, uri, etag, hasBody) = Describe(tableUri, action);
            body.Append("--").Append(changeset).Append("\r\n")
                .Append("Content-Type: application/http\r\n")
                .Append("Content-Transfer-Encoding: binary\r\n\r\n")
                .Append(method).Append(' ').Append(uri.AbsoluteUri).Append(" HTTP/1.1\r\n")
                .Append("Accept: application/json;odata=minimalmetadata\r\n")
                .Append("DataServiceVersion: 3.0;\r\n");
            if (etag is { } required)
            {
                body.Append("If-Match: ").Append(required.ToString()).Append("\r\n");
            }

            if (hasBody)
            {
                body.Append("Content-Type: application/json\r\n")
                    .Append("Prefer: return-no-content\r\n\r\n")
                    .Append(Encoding.UTF8.GetString(TableEntityJson.Write(action.Entity))).Append("\r\n");
            }
            else
            {
                body.Append("\r\n");
            }
        }

        body.Append("--").Append(changeset).Append("--\r\n")
            .Append("--").Append(batch).Append("--\r\n");
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body.ToString()));
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/mixed; boundary=" + batch);
        return content;
    }

    /// <summary>The per-operation ETags of a successful batch, or the exception describing the failed operation.</summary>
    public static IReadOnlyList<ETag> ReadResponse(string body)
    {
        var statuses = StatusLine().Matches(body);
        if (statuses.Count == 0)
        {
            throw new RequestFailedException(500, "The batch response holds no operation results.", "InvalidBatchResponse", null);
        }

        foreach (Match status in statuses)
        {
            var code = int.Parse(status.Groups["code"].Value, CultureInfo.InvariantCulture);
            if (code >= 400)
            {
                throw Failure(code, body[status.Index..]);
            }
        }

        return EtagHeader().Matches(body).Select(match => new ETag(match.Groups["etag"].Value.Trim())).ToArray();
    }

    private static TableTransactionFailedException Failure(int status, string part)
    {
        // The error body is one JSON line inside the part; what follows it is the multipart's closing boundaries.
        var start = part.IndexOf('{', StringComparison.Ordinal);
        var end = start < 0 ? -1 : part.IndexOf('\n', start);
        var json = start < 0 ? string.Empty : (end < 0 ? part[start..] : part[start..end]).TrimEnd('\r');
        var (errorCode, message) = TableErrors.Parse(json);
        int? index = null;
        var colon = message.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && int.TryParse(message.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            index = parsed;
        }

        return new TableTransactionFailedException(status, errorCode, message, index);
    }

    private static (string Method, Uri Uri, ETag? IfMatch, bool HasBody) Describe(Uri tableUri, TableTransactionAction action)
    {
        var entityUri = TableAddress.Entity(tableUri, action.Entity.PartitionKey, action.Entity.RowKey);
        var etag = action.ETag == default ? ETag.All : action.ETag;
        return action.ActionType switch
        {
            TableTransactionActionType.Add => ("POST", tableUri, null, true),
            TableTransactionActionType.UpdateReplace => ("PUT", entityUri, etag, true),
            TableTransactionActionType.UpdateMerge => ("MERGE", entityUri, etag, true),
            TableTransactionActionType.UpsertReplace => ("PUT", entityUri, null, true),
            TableTransactionActionType.UpsertMerge => ("MERGE", entityUri, null, true),
            _ => ("DELETE", entityUri, etag, false),
        };
    }

    [GeneratedRegex(@"^HTTP/1\.1 (?<code>\d{3})", RegexOptions.Multiline)]
    private static partial Regex StatusLine();

    [GeneratedRegex(@"^ETag:\s*(?<etag>.+?)\r?$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex EtagHeader();
}
