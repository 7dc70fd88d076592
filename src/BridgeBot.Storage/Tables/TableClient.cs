using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Azure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace BridgeBot.Storage.Tables;

/// <summary>
/// A client for one table over the Table service REST API, shaped like Azure.Data.Tables' <c>TableClient</c>.
/// Authentication is the <see cref="HttpClient"/>'s concern (<see cref="SharedKeyLiteHandler"/> or
/// <see cref="BearerTokenHandler"/>); transient failures are retried with Polly, and 409 or 412 never are.
/// Thread-safe; use one per table.
/// </summary>
public sealed partial class TableClient
{
    private const string JsonAccept = "application/json;odata=minimalmetadata";
    private readonly HttpClient http;
    private readonly Uri endpoint;
    private readonly Uri tableUri;
    private readonly TableClientOptions options;
    private readonly ResiliencePipeline<HttpResponseMessage> pipeline;
    private readonly ILogger logger;
    private readonly TimeProvider time;

    /// <summary>Creates a client.</summary>
    /// <param name="http">An authenticating client (see the handlers above).</param>
    /// <param name="endpoint">The table endpoint, ending with a slash.</param>
    /// <param name="tableName">The table.</param>
    /// <param name="options">Retry settings.</param>
    /// <param name="time">The clock (for backoff delays and timeouts).</param>
    /// <param name="logger">Where retries are logged.</param>
    public TableClient(HttpClient http, Uri endpoint, string tableName, TableClientOptions? options = null, TimeProvider? time = null, ILogger? logger = null)
    {
        this.http = http;
        this.endpoint = endpoint.AbsoluteUri.EndsWith('/') ? endpoint : new Uri(endpoint.AbsoluteUri + "/");
        Name = tableName;
        tableUri = TableAddress.Table(this.endpoint, tableName);
        this.options = options ?? new TableClientOptions();
        this.logger = logger ?? NullLogger.Instance;
        this.time = time ?? TimeProvider.System;
        pipeline = BuildPipeline(this.options, this.time);
    }

    /// <summary>The table's name.</summary>
    public string Name { get; }

    /// <summary>Creates the table; an existing table is fine.</summary>
    public async Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Dictionary<string, string> { ["TableName"] = Name }));
        using var response = await SendAsync(() => Request(HttpMethod.Post, new Uri(endpoint, "Tables"), body, noContent: true), cancellationToken)
            .ConfigureAwait(false);
        if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.NoContent or HttpStatusCode.Conflict)
        {
            return;
        }

        throw await TableErrors.FromResponseAsync(response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads one entity; a missing entity throws <see cref="RequestFailedException"/> with status 404.</summary>
    public async Task<TableEntity> GetEntityAsync(string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default) =>
        await GetEntityIfExistsAsync(partitionKey, rowKey, select, cancellationToken).ConfigureAwait(false)
        ?? throw new RequestFailedException(404, $"Entity ({partitionKey}, {rowKey}) was not found.", "ResourceNotFound", null);

    /// <summary>Reads one entity, or null when the row does not exist (a missing table still throws).</summary>
    public async Task<TableEntity?> GetEntityIfExistsAsync(
        string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
    {
        var uri = TableAddress.Entity(tableUri, partitionKey, rowKey);
        if (select is not null)
        {
            uri = new Uri(uri.AbsoluteUri + "?$select=" + Uri.EscapeDataString(string.Join(',', select)));
        }

        using var response = await SendAsync(() => Request(HttpMethod.Get, uri), cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            var error = await TableErrors.FromResponseAsync(response, cancellationToken).ConfigureAwait(false);
            return error.ErrorCode is "ResourceNotFound" or "EntityNotFound" ? null : throw error;
        }

        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        using var document = await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
        return TableEntityJson.Read(document.RootElement, response.Headers.ETag?.ToString());
    }

    /// <summary>
    /// Queries entities, following continuation tokens until the result ends (a page may be empty and still
    /// continue). <paramref name="maxPerPage"/> becomes <c>$top</c>.
    /// </summary>
    public async IAsyncEnumerable<TableEntity> QueryAsync(
        string? filter = null,
        int? maxPerPage = null,
        IEnumerable<string>? select = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var query = new List<string>();
        if (filter is not null)
        {
            query.Add("$filter=" + Uri.EscapeDataString(filter));
        }

        if (maxPerPage is { } top)
        {
            query.Add("$top=" + top.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (select is not null)
        {
            query.Add("$select=" + Uri.EscapeDataString(string.Join(',', select)));
        }

        (string? PartitionKey, string? RowKey) next = (null, null);
        do
        {
            var parameters = new List<string>(query);
            if (next.PartitionKey is not null)
            {
                parameters.Add("NextPartitionKey=" + Uri.EscapeDataString(next.PartitionKey));
            }

            if (next.RowKey is not null)
            {
                parameters.Add("NextRowKey=" + Uri.EscapeDataString(next.RowKey));
            }

            var uri = new Uri(TableAddress.Query(endpoint, Name).AbsoluteUri + (parameters.Count > 0 ? "?" + string.Join('&', parameters) : string.Empty));
            using var response = await SendAsync(() => Request(HttpMethod.Get, uri), cancellationToken).ConfigureAwait(false);
            await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
            next = (Header(response, "x-ms-continuation-NextPartitionKey"), Header(response, "x-ms-continuation-NextRowKey"));
            using var document = await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
            foreach (var element in document.RootElement.GetProperty("value").EnumerateArray())
            {
                yield return TableEntityJson.Read(element);
            }
        }
        while (next.PartitionKey is not null);
    }

    /// <summary>
    /// Inserts an entity; an existing row is a 409 <c>EntityAlreadyExists</c>. After a retried attempt that
    /// timed out, the 409 may be this insert's own first attempt: callers that must know write a marker they can check.
    /// </summary>
    public async Task<ETag> AddEntityAsync(TableEntity entity, CancellationToken cancellationToken = default)
    {
        var body = TableEntityJson.Write(entity);
        using var response = await SendAsync(() => Request(HttpMethod.Post, tableUri, body, noContent: true), cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        return new ETag(response.Headers.ETag?.ToString() ?? string.Empty);
    }

    /// <summary>Replaces or merges an entity that must exist and match <paramref name="ifMatch"/> (or <see cref="ETag.All"/>).</summary>
    public Task<ETag> UpdateEntityAsync(TableEntity entity, ETag ifMatch, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default) =>
        WriteEntityAsync(entity, mode, ifMatch, cancellationToken);

    /// <summary>Inserts or replaces/merges an entity.</summary>
    public Task<ETag> UpsertEntityAsync(TableEntity entity, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default) =>
        WriteEntityAsync(entity, mode, null, cancellationToken);

    /// <summary>Deletes an entity matching <paramref name="ifMatch"/>; a missing entity is not an error.</summary>
    public async Task DeleteEntityAsync(string partitionKey, string rowKey, ETag ifMatch = default, CancellationToken cancellationToken = default)
    {
        var uri = TableAddress.Entity(tableUri, partitionKey, rowKey);
        var etag = ifMatch == default ? ETag.All : ifMatch;
        using var response = await SendAsync(() => Request(HttpMethod.Delete, uri, ifMatch: etag), cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return;
        }

        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Submits an entity group transaction: at most 100 operations on distinct rows of one partition, all applied
    /// or none. A failure throws <see cref="TableTransactionFailedException"/> with the failing operation's index.
    /// </summary>
    /// <returns>The ETags the service returned, one per operation that writes.</returns>
    public async Task<IReadOnlyList<ETag>> SubmitTransactionAsync(IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken = default)
    {
        var list = actions.ToArray();
        ValidateTransaction(list);
        var seed = Guid.NewGuid().ToString("D");
        using var response = await SendAsync(
            () =>
            {
                var request = Request(HttpMethod.Post, new Uri(endpoint, "$batch"));
                request.Content = TableBatch.Build(tableUri, list, seed);
                return request;
            },
            cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw await TableErrors.FromResponseAsync(response, cancellationToken).ConfigureAwait(false);
        }

        return TableBatch.ReadResponse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
    }

    private static void ValidateTransaction(TableTransactionAction[] actions)
    {
        if (actions.Length is 0 or > 100)
        {
            throw new ArgumentException($"A transaction holds 1 to 100 operations, not {actions.Length}.", nameof(actions));
        }

        if (actions.Select(action => action.Entity.PartitionKey).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            throw new ArgumentException("All operations of a transaction must be in one partition.", nameof(actions));
        }

        var duplicate = actions.GroupBy(action => action.Entity.RowKey, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Row {duplicate.Key} appears more than once in the transaction.", nameof(actions));
        }
    }

    private async Task<ETag> WriteEntityAsync(TableEntity entity, TableUpdateMode mode, ETag? ifMatch, CancellationToken cancellationToken)
    {
        var uri = TableAddress.Entity(tableUri, entity.PartitionKey, entity.RowKey);
        var method = mode == TableUpdateMode.Replace ? HttpMethod.Put : new HttpMethod("MERGE");
        var body = TableEntityJson.Write(entity);
        var etag = ifMatch is { } required && required == default ? ETag.All : ifMatch;
        using var response = await SendAsync(() => Request(method, uri, body, ifMatch: etag), cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        return new ETag(response.Headers.ETag?.ToString() ?? string.Empty);
    }

    private HttpRequestMessage Request(HttpMethod method, Uri uri, byte[]? body = null, bool noContent = false, ETag? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, uri);
        request.Headers.TryAddWithoutValidation("Accept", JsonAccept);
        request.Headers.TryAddWithoutValidation("x-ms-version", options.ApiVersion);
        request.Headers.TryAddWithoutValidation("DataServiceVersion", "3.0;NetFx");
        request.Headers.TryAddWithoutValidation("MaxDataServiceVersion", "3.0;NetFx");
        if (ifMatch is { } etag)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag.ToString());
        }

        if (noContent)
        {
            request.Headers.TryAddWithoutValidation("Prefer", "return-no-content");
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        }

        return request;
    }

    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> createRequest, CancellationToken cancellationToken) =>
        await pipeline.ExecuteAsync(
            async token =>
            {
                using var request = createRequest();
                return await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, token).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);

    private ResiliencePipeline<HttpResponseMessage> BuildPipeline(TableClientOptions settings, TimeProvider time) =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(response => IsTransient(response.StatusCode)),
                MaxRetryAttempts = Math.Max(settings.MaxRetries, 1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.BaseDelay,
                MaxDelay = settings.MaxDelay,
                DelayGenerator = args => new ValueTask<TimeSpan?>(RetryAfter(args.Outcome.Result, settings.MaxDelay)),
                OnRetry = args =>
                {
                    LogRetry(args.AttemptNumber + 1, args.Outcome.Result is { } failed ? (int)failed.StatusCode : 0, args.RetryDelay, args.Outcome.Exception?.GetType().Name);
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(settings.AttemptTimeout)
            .Build();

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or HttpStatusCode.InternalServerError
            or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>The server's <c>Retry-After</c> (seconds or a date), capped; null lets the backoff decide.</summary>
    private TimeSpan? RetryAfter(HttpResponseMessage? response, TimeSpan max)
    {
        var retryAfter = response?.Headers.RetryAfter;
        var delay = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - time.GetUtcNow() : null);
        return delay is { } wait ? TimeSpan.FromTicks(Math.Clamp(wait.Ticks, 0, max.Ticks)) : null;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw await TableErrors.FromResponseAsync(response, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<JsonDocument> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Table request attempt {Attempt} failed (status {Status}, {Exception}); retrying in {Delay}")]
    private partial void LogRetry(int attempt, int status, TimeSpan delay, string? exception);
}
