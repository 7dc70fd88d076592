using System.Globalization;
using System.Text;

namespace BridgeBot.Storage.Tables;

/// <summary>
/// Writes an entity group transaction: a <c>multipart/mixed</c> batch holding one changeset, one
/// <c>application/http</c> part per action with an absolute URL, CRLF line ends throughout.
/// </summary>
internal static class TableBatchRequestWriter
{
    private const string Crlf = "\r\n";

    public static TableRequest Create(TableUris uris, IReadOnlyList<TableTransactionAction> actions)
    {
        var batchBoundary = "batch_" + Guid.NewGuid().ToString("D");
        var changesetBoundary = "changeset_" + Guid.NewGuid().ToString("D");
        using var body = new MemoryStream();
        Write(body, $"--{batchBoundary}{Crlf}Content-Type: multipart/mixed; boundary={changesetBoundary}{Crlf}{Crlf}");
        foreach (var action in actions)
        {
            WriteAction(body, uris, changesetBoundary, action);
        }

        Write(body, $"--{changesetBoundary}--{Crlf}--{batchBoundary}--{Crlf}");
        return new TableRequest(HttpMethod.Post, uris.Batch)
        {
            Accept = null,
            Content = body.ToArray(),
            ContentType = "multipart/mixed; boundary=" + batchBoundary,
        };
    }

    private static void WriteAction(MemoryStream body, TableUris uris, string boundary, TableTransactionAction action)
    {
        var entity = action.Entity;
        var (method, conditional) = action.ActionType switch
        {
            TableTransactionActionType.Add => ("POST", false),
            TableTransactionActionType.UpdateMerge => ("MERGE", true),
            TableTransactionActionType.UpdateReplace => ("PUT", true),
            TableTransactionActionType.Delete => ("DELETE", true),
            TableTransactionActionType.UpsertMerge => ("MERGE", false),
            TableTransactionActionType.UpsertReplace => ("PUT", false),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action.ActionType, "Unknown transaction action type."),
        };
        var uri = action.ActionType == TableTransactionActionType.Add ? uris.Table : uris.Entity(entity.PartitionKey, entity.RowKey);

        var lines = new List<string>
        {
            "--" + boundary,
            "Content-Type: application/http",
            "Content-Transfer-Encoding: binary",
            string.Empty,
            $"{method} {uri.AbsoluteUri} HTTP/1.1",
            "Accept: " + TableHeaders.AcceptMinimalMetadata,
            TableHeaders.DataServiceVersion + ": " + TableHeaders.ODataVersion,
        };
        if (conditional)
        {
            lines.Add(TableHeaders.IfMatch + ": " + TableHeaders.IfMatchValue(action.ETag));
        }

        var json = action.ActionType == TableTransactionActionType.Delete ? null : TableEntityJsonWriter.Write(entity);
        if (json is not null)
        {
            lines.Add(TableHeaders.Prefer + ": " + TableHeaders.ReturnNoContent);
            lines.Add("Content-Type: " + TableHeaders.JsonContentType);
            lines.Add("Content-Length: " + json.Length.ToString(CultureInfo.InvariantCulture));
        }

        // The blank line that ends the part's headers, then the body (none for a delete).
        Write(body, string.Join(Crlf, lines) + Crlf + Crlf);
        if (json is not null)
        {
            body.Write(json);
            Write(body, Crlf);
        }
    }

    private static void Write(MemoryStream body, string text) => body.Write(Encoding.UTF8.GetBytes(text));
}
