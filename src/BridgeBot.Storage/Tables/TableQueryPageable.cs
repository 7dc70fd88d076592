using System.Runtime.CompilerServices;
using Azure;

namespace BridgeBot.Storage.Tables;

/// <summary>
/// The pages of a query, fetched lazily and followed through the service's continuation headers.
/// </summary>
/// <remarks>
/// A page may be empty and still carry a continuation (the service stops a query after 5 s or at a partition
/// boundary), so paging ends only when no continuation comes back, never on an empty page.
/// The continuation token of a page is <c>NextPartitionKey</c>, a space, and <c>NextRowKey</c>.
/// </remarks>
internal sealed class TableQueryPageable(
    TableRequestSender sender,
    TableUris uris,
    string? filter,
    int? maxPerPage,
    IEnumerable<string>? select,
    CancellationToken cancellationToken)
    : AsyncPageable<TableEntity>(cancellationToken)
{
    public override IAsyncEnumerable<Page<TableEntity>> AsPages(string? continuationToken = null, int? pageSizeHint = null) =>
        ReadPagesAsync(continuationToken, pageSizeHint ?? maxPerPage, CancellationToken);

    private async IAsyncEnumerable<Page<TableEntity>> ReadPagesAsync(
        string? continuationToken, int? pageSize, [EnumeratorCancellation] CancellationToken token)
    {
        var (nextPartitionKey, nextRowKey) = SplitToken(continuationToken);
        do
        {
            var request = new TableRequest(HttpMethod.Get, uris.Query(filter, pageSize, select, nextPartitionKey, nextRowKey));
            var response = await sender.SendAsync(request, token).ConfigureAwait(false);
            if (!response.IsSuccess)
            {
                throw TableErrorParser.CreateException(response);
            }

            nextPartitionKey = response.GetHeader(TableHeaders.ContinuationPartitionKey);
            nextRowKey = response.GetHeader(TableHeaders.ContinuationRowKey);
            var next = nextPartitionKey is null ? null : nextPartitionKey + " " + nextRowKey;
            yield return Page<TableEntity>.FromValues(TableEntityJsonReader.ReadQueryPage(response.Content), next, response);
        }
        while (nextPartitionKey is not null);
    }

    private static (string? PartitionKey, string? RowKey) SplitToken(string? continuationToken)
    {
        if (string.IsNullOrEmpty(continuationToken))
        {
            return (null, null);
        }

        var space = continuationToken.IndexOf(' ', StringComparison.Ordinal);
        return space < 0
            ? (continuationToken, null)
            : (continuationToken[..space], NullIfEmpty(continuationToken[(space + 1)..]));
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
