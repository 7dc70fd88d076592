using System.Text.Json;
using System.Text.RegularExpressions;
using Azure;
using Azure.Core;

namespace BridgeBot.Storage.Tables;

/// <summary>
/// One table of an Azure Table Storage account (or Azurite), over the REST API. Shaped like Azure.Data.Tables'
/// <c>TableClient</c>; thread-safe, meant to live as long as the application.
/// </summary>
/// <remarks>
/// Every call retries transient failures (see <see cref="TableRetryOptions"/>). A retried write may have succeeded
/// the first time without us seeing the answer, so a retried insert can fail with 409 and a retried conditional
/// update with 412 although our own first attempt won. Callers that must know tell these apart by reading the
/// entity back (e.g. an idempotency key stored with it).
/// </remarks>
public sealed partial class TableClient
{
    // One connection pool for every client that was not given an HttpClient. No client-wide timeout: the
    // per-attempt timeout bounds each request. Connections are recycled so DNS changes are picked up.
    private static readonly HttpClient SharedHttpClient = new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    private readonly TableUris _uris;
    private readonly TableRequestSender _sender;

    /// <summary>Connects with a storage connection string (see <see cref="TableStorageConnection.Parse"/>).</summary>
    /// <param name="connectionString">E.g. <c>UseDevelopmentStorage=true</c>.</param>
    /// <param name="tableName">The table: a letter, then 2 to 62 letters or digits.</param>
    /// <param name="options">Optional settings.</param>
    public TableClient(string connectionString, string tableName, TableClientOptions? options = null)
        : this(TableStorageConnection.Parse(connectionString), tableName, options)
    {
    }

    /// <summary>Connects with an Entra ID token credential, e.g. a managed identity.</summary>
    /// <param name="endpoint">The account's table endpoint; must be https, since the token is a bearer secret.</param>
    /// <param name="tableName">The table: a letter, then 2 to 62 letters or digits.</param>
    /// <param name="credential">The credential; tokens are requested for <c>https://storage.azure.com/.default</c>.</param>
    /// <param name="options">Optional settings.</param>
    public TableClient(Uri endpoint, string tableName, TokenCredential credential, TableClientOptions? options = null)
        : this(new TableStorageConnection(endpoint, credential), tableName, options)
    {
    }

    /// <summary>Connects with a storage connection.</summary>
    /// <param name="connection">Endpoint and credential.</param>
    /// <param name="tableName">The table: a letter, then 2 to 62 letters or digits.</param>
    /// <param name="options">Optional settings.</param>
    public TableClient(TableStorageConnection connection, string tableName, TableClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(tableName);
        if (!TableNamePattern().IsMatch(tableName) || string.Equals(tableName, "tables", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException(
                $"'{tableName}' is not a valid table name: a letter, then 2 to 62 letters or digits, and not 'tables'.",
                nameof(tableName));
        }

        options ??= new TableClientOptions();
        Name = tableName;
        _uris = new TableUris(connection.TableEndpoint, tableName);
        Uri = _uris.Table;
        _sender = new TableRequestSender(
            options.HttpClient ?? SharedHttpClient,
            CreateAuthorizer(connection, options),
            TableResiliencePipeline.Create(options, tableName),
            options.TimeProvider);
    }

    /// <summary>The table name.</summary>
    public string Name { get; }

    /// <summary>The table's address.</summary>
    public Uri Uri { get; }

    /// <summary>Builds a filter with every interpolated value as a quoted literal (see <see cref="TableOdataFilter.Create"/>).</summary>
    /// <param name="filter">E.g. <c>$"PartitionKey eq {workspace} and Open eq {true}"</c>.</param>
    /// <returns>The filter text.</returns>
    public static string CreateQueryFilter(FormattableString filter) => TableOdataFilter.Create(filter);

    /// <summary>Creates the table unless it exists.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The table; the raw response is 204 when it was created and 409 when it already existed.</returns>
    /// <exception cref="RequestFailedException">The service refused for another reason.</exception>
    public async Task<Response<TableItem>> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["TableName"] = Name });
        var response = await SendAsync(
            new TableRequest(HttpMethod.Post, _uris.Tables) { Content = body, ReturnNoContent = true },
            cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccess && !(response.Status == 409 && ErrorCodeOf(response) == "TableAlreadyExists"))
        {
            throw TableErrorParser.CreateException(response);
        }

        return Response.FromValue(new TableItem(Name), response);
    }

    /// <summary>Reads one entity.</summary>
    /// <param name="partitionKey">The partition key.</param>
    /// <param name="rowKey">The row key.</param>
    /// <param name="select">The properties to return; all when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entity, with its ETag.</returns>
    /// <exception cref="RequestFailedException">
    /// 404 with error code <c>ResourceNotFound</c> when the entity does not exist (<c>TableNotFound</c> when the table does not).
    /// </exception>
    public async Task<Response<TableEntity>> GetEntityAsync(
        string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
    {
        var response = await GetEntityResponseAsync(partitionKey, rowKey, select, cancellationToken).ConfigureAwait(false);
        return response.IsSuccess
            ? Response.FromValue(ReadEntity(response), response)
            : throw TableErrorParser.CreateException(response);
    }

    /// <summary>Reads one entity, or tells that it does not exist.</summary>
    /// <param name="partitionKey">The partition key.</param>
    /// <param name="rowKey">The row key.</param>
    /// <param name="select">The properties to return; all when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entity, or a response whose <c>HasValue</c> is false when the entity does not exist.</returns>
    /// <exception cref="RequestFailedException">Any other failure, a missing table included.</exception>
    public async Task<NullableResponse<TableEntity>> GetEntityIfExistsAsync(
        string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
    {
        var response = await GetEntityResponseAsync(partitionKey, rowKey, select, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccess)
        {
            return Response.FromValue(ReadEntity(response), response);
        }

        return response.Status == 404 && IsEntityNotFound(ErrorCodeOf(response))
            ? new MissingEntityResponse(response)
            : throw TableErrorParser.CreateException(response);
    }

    /// <summary>Queries the table, page by page, following the service's continuation.</summary>
    /// <param name="filter">
    /// An OData filter; build it with <see cref="CreateQueryFilter"/> so that values are quoted. All rows when null.
    /// </param>
    /// <param name="maxPerPage">At most this many entities per page (<c>$top</c>); the service caps a page at 1,000.</param>
    /// <param name="select">The properties to return; all when null.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The entities; pages are fetched as the enumeration reaches them.</returns>
    public AsyncPageable<TableEntity> QueryAsync(
        string? filter = null, int? maxPerPage = null, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
    {
        if (maxPerPage is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxPerPage), maxPerPage, "A page holds at least one entity.");
        }

        return new TableQueryPageable(_sender, _uris, filter, maxPerPage, select?.ToList(), cancellationToken);
    }

    /// <summary>Inserts an entity.</summary>
    /// <param name="entity">The entity, keys included.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response; its <c>ETag</c> header is the new entity's version.</returns>
    /// <exception cref="RequestFailedException">
    /// 409 <c>EntityAlreadyExists</c> when an entity with these keys exists, including when a retried attempt
    /// finds the entity our own first attempt wrote.
    /// </exception>
    public Task<Response> AddEntityAsync(TableEntity entity, CancellationToken cancellationToken = default) =>
        SendEntityAsync(new TableRequest(HttpMethod.Post, _uris.Table) { Content = Write(entity), ReturnNoContent = true }, cancellationToken);

    /// <summary>Updates an existing entity if its version still matches.</summary>
    /// <param name="entity">The entity, keys included.</param>
    /// <param name="ifMatch">The version read earlier, or <see cref="ETag.All"/> to update any version.</param>
    /// <param name="mode">Merge keeps properties not sent; replace drops them.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response; its <c>ETag</c> header is the entity's new version.</returns>
    /// <exception cref="RequestFailedException">
    /// 412 <c>UpdateConditionNotSatisfied</c> when the entity changed since <paramref name="ifMatch"/> (never retried);
    /// 404 <c>ResourceNotFound</c> when it does not exist.
    /// </exception>
    public Task<Response> UpdateEntityAsync(
        TableEntity entity, ETag ifMatch, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
    {
        if (ifMatch == default)
        {
            throw new ArgumentException("An update needs the entity's ETag, or ETag.All to overwrite any version.", nameof(ifMatch));
        }

        return SendEntityAsync(WriteRequest(entity, mode, TableHeaders.IfMatchValue(ifMatch)), cancellationToken);
    }

    /// <summary>Inserts the entity, or updates it whatever its version.</summary>
    /// <param name="entity">The entity, keys included.</param>
    /// <param name="mode">For an existing entity: merge keeps properties not sent; replace drops them.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response; its <c>ETag</c> header is the entity's new version.</returns>
    /// <exception cref="RequestFailedException">The service refused the write.</exception>
    public Task<Response> UpsertEntityAsync(
        TableEntity entity, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default) =>
        SendEntityAsync(WriteRequest(entity, mode, ifMatch: null), cancellationToken);

    /// <summary>Deletes an entity.</summary>
    /// <param name="partitionKey">The partition key.</param>
    /// <param name="rowKey">The row key.</param>
    /// <param name="ifMatch">The version read earlier; <c>default</c> (or <see cref="ETag.All"/>) deletes any version.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response: 204 when deleted, 404 (not thrown) when there was nothing to delete.</returns>
    /// <exception cref="RequestFailedException">412 <c>UpdateConditionNotSatisfied</c> when the version changed; other failures.</exception>
    public async Task<Response> DeleteEntityAsync(
        string partitionKey, string rowKey, ETag ifMatch = default, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        ArgumentNullException.ThrowIfNull(rowKey);
        var request = new TableRequest(HttpMethod.Delete, _uris.Entity(partitionKey, rowKey))
        {
            IfMatch = TableHeaders.IfMatchValue(ifMatch),
        };
        var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);

        // Deleting what is already gone is success for an idempotent caller, as in Azure.Data.Tables.
        return response.IsSuccess || (response.Status == 404 && IsEntityNotFound(ErrorCodeOf(response)))
            ? response
            : throw TableErrorParser.CreateException(response);
    }

    /// <summary>
    /// Runs up to 100 writes in one partition as one atomic entity group transaction: all take effect or none.
    /// </summary>
    /// <param name="actions">The writes, at most 100, all with the same PartitionKey and each entity at most once.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One response per action, in order; each carries the entity's new <c>ETag</c> header (deletes have none).</returns>
    /// <exception cref="ArgumentException">
    /// No actions, more than 100, more than one partition, or an entity twice; checked before anything is sent.
    /// </exception>
    /// <exception cref="TableTransactionFailedException">
    /// An action failed, so nothing was written; it names the failing action's index, status and error code.
    /// As with any retried write, a transaction retried after a lost answer may fail because its first attempt won.
    /// </exception>
    public async Task<Response<IReadOnlyList<Response>>> SubmitTransactionAsync(
        IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken = default)
    {
        var batch = TableTransactionRules.Validate(actions);
        var response = await SendAsync(TableBatchRequestWriter.Create(_uris, batch), cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccess)
        {
            throw TableErrorParser.CreateException(response);
        }

        var parts = await TableBatchResponseReader.ReadAsync(response, cancellationToken).ConfigureAwait(false);
        if (parts.FirstOrDefault(part => !part.IsSuccess) is { } failed)
        {
            throw new TableTransactionFailedException(
                TableErrorParser.CreateException(failed), TableBatchResponseReader.FailedActionIndex(failed));
        }

        return Response.FromValue<IReadOnlyList<Response>>(parts, response);
    }

    private static ITableRequestAuthorizer CreateAuthorizer(TableStorageConnection connection, TableClientOptions options)
    {
        if (connection.SharedKeyCredential is { } sharedKey)
        {
            return new SharedKeyRequestAuthorizer(sharedKey, options.SharedKeyScheme);
        }

        if (connection.TableEndpoint.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException(
                $"A bearer token is a secret and goes only over https; the endpoint {connection.TableEndpoint} is not.",
                nameof(connection));
        }

        return new BearerTokenRequestAuthorizer(connection.TokenCredential!, options.TimeProvider);
    }

    private TableRequest WriteRequest(TableEntity entity, TableUpdateMode mode, string? ifMatch)
    {
        var method = mode == TableUpdateMode.Replace ? HttpMethod.Put : TableHttpMethods.Merge;
        return new TableRequest(method, _uris.Entity(entity.PartitionKey, entity.RowKey))
        {
            Content = Write(entity),
            IfMatch = ifMatch,
        };
    }

    private static byte[] Write(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        entity.ThrowIfKeysMissing(nameof(entity));
        return TableEntityJsonWriter.Write(entity);
    }

    private async Task<Response> SendEntityAsync(TableRequest request, CancellationToken cancellationToken)
    {
        var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        return response.IsSuccess ? response : throw TableErrorParser.CreateException(response);
    }

    private Task<TableResponse> GetEntityResponseAsync(
        string partitionKey, string rowKey, IEnumerable<string>? select, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        ArgumentNullException.ThrowIfNull(rowKey);
        return SendAsync(new TableRequest(HttpMethod.Get, _uris.Entity(partitionKey, rowKey, select)), cancellationToken);
    }

    private Task<TableResponse> SendAsync(TableRequest request, CancellationToken cancellationToken) =>
        _sender.SendAsync(request, cancellationToken);

    private static TableEntity ReadEntity(TableResponse response)
    {
        var entity = TableEntityJsonReader.ReadEntity(response.Content);
        if (entity.ETag == default && response.Headers.ETag is { } etag)
        {
            entity.ETag = etag;
        }

        return entity;
    }

    private static string? ErrorCodeOf(Response response) => TableErrorParser.Instance.TryParse(response, out var error, out _) ? error!.Code : null;

    // Newer service versions say EntityNotFound where older ones and Azurite say ResourceNotFound.
    private static bool IsEntityNotFound(string? errorCode) => errorCode is "ResourceNotFound" or "EntityNotFound";

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex TableNamePattern();
}
