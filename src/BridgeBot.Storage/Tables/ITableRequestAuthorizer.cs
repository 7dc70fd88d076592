namespace BridgeBot.Storage.Tables;

/// <summary>Adds the Authorization header to a request that is otherwise ready to send.</summary>
internal interface ITableRequestAuthorizer
{
    ValueTask AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken);
}
