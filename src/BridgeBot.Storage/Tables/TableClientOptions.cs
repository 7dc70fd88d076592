using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BridgeBot.Storage.Tables;

/// <summary>Optional settings of a <see cref="TableClient"/>.</summary>
public sealed class TableClientOptions
{
    /// <summary>
    /// The HTTP client to send with, e.g. one from IHttpClientFactory or one with a test handler.
    /// When null, all clients share one internal <see cref="System.Net.Http.HttpClient"/>.
    /// </summary>
    public HttpClient? HttpClient { get; set; }

    /// <summary>
    /// The clock for the <c>x-ms-date</c> header, token freshness, Retry-After dates and the retry delays and
    /// attempt timeouts. A fake clock that never advances therefore also stops retries from firing.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>How transient failures are retried.</summary>
    public TableRetryOptions Retry { get; } = new();

    /// <summary>The signature sent with an account key; ignored with a token credential.</summary>
    public TableSharedKeyScheme SharedKeyScheme { get; set; } = TableSharedKeyScheme.SharedKeyLite;

    /// <summary>Where retries are logged.</summary>
    public ILogger Logger { get; set; } = NullLogger.Instance;
}
