using System.Net;
using Azure;
using BridgeBot.Storage.Tables;
using BridgeBot.Testing.Time;

namespace BridgeBot.Storage.Tests.Tables;

public sealed class TableClientRetryTests
{
    [Theory]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task TransientStatus_ThenSuccess_IsRetried(HttpStatusCode transient)
    {
        var table = new ScriptedTable();
        table.Handler.Then(transient, ScriptedTable.ErrorJson("ServerBusy")).Then(HttpStatusCode.OK, ScriptedTable.EntityJson);

        var read = await table.Client.GetEntityAsync("p", "r");

        Assert.Equal(1, read.Value["V"]);
        Assert.Equal(2, table.Handler.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, "InvalidInput")]
    [InlineData(HttpStatusCode.Forbidden, "AuthorizationFailure")]
    [InlineData(HttpStatusCode.Conflict, "EntityAlreadyExists")]
    [InlineData(HttpStatusCode.PreconditionFailed, "UpdateConditionNotSatisfied")]
    public async Task ClientErrorStatus_IsNotRetried(HttpStatusCode status, string errorCode)
    {
        var table = new ScriptedTable();
        table.Handler.Then(status, ScriptedTable.ErrorJson(errorCode));

        var error = await Assert.ThrowsAsync<RequestFailedException>(
            () => table.Client.UpdateEntityAsync(new TableEntity("p", "r"), ETag.All));

        Assert.Equal((int)status, error.Status);
        Assert.Equal(errorCode, error.ErrorCode);
        Assert.Single(table.Handler.Requests);
    }

    [Fact]
    public async Task RetryAfterSeconds_IsTheDelayBeforeTheNextAttempt()
    {
        var table = new ScriptedTable();
        table.Handler
            .Then(HttpStatusCode.ServiceUnavailable, ScriptedTable.ErrorJson("ServerBusy"), ("Retry-After", "1"))
            .Then(HttpStatusCode.NoContent);

        await table.Client.AddEntityAsync(new TableEntity("p", "r"));

        var retry = Assert.Single(table.Logs.Logs);
        Assert.Equal(TimeSpan.FromSeconds(1), retry.Values["Delay"]);
        Assert.Equal("POST", retry.Values["Operation"]);
        Assert.Equal(1, retry.Values["Attempt"]);
        Assert.Equal(2, table.Handler.Requests.Count);
    }

    [Fact]
    public void RetryAfterHttpDate_IsMeasuredFromTheInjectedClock()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var response = new TableResponse(503, "Server Busy", [new("Retry-After", "Thu, 01 Jan 2026 00:00:07 GMT")], []);

        Assert.Equal(TimeSpan.FromSeconds(7), TableTransientFailures.RetryAfter(response, clock));
    }

    [Fact]
    public async Task TransientStatus_EveryTime_ThrowsTheLastStatusAfterMaxRetries()
    {
        var table = new ScriptedTable(options => options.Retry.MaxRetries = 2);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            table.Handler.Then(HttpStatusCode.ServiceUnavailable, ScriptedTable.ErrorJson("ServerBusy"));
        }

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => table.Client.GetEntityAsync("p", "r"));

        Assert.Equal(503, error.Status);
        Assert.Equal("ServerBusy", error.ErrorCode);
        Assert.Equal(3, table.Handler.Requests.Count);
    }

    [Fact]
    public async Task NetworkError_ThenSuccess_IsRetried()
    {
        var table = new ScriptedTable();
        table.Handler
            .Then((_, _) => throw new HttpRequestException("connection refused"))
            .Then(HttpStatusCode.NoContent);

        var response = await table.Client.AddEntityAsync(new TableEntity("p", "r"));

        Assert.Equal(204, response.Status);
        Assert.Equal(2, table.Handler.Requests.Count);
    }

    [Fact]
    public async Task NetworkError_EveryTime_ThrowsRequestFailedExceptionWithStatus0()
    {
        var table = new ScriptedTable(options => options.Retry.MaxRetries = 1);
        table.Handler
            .Then((_, _) => throw new HttpRequestException("connection refused"))
            .Then((_, _) => throw new HttpRequestException("connection refused"));

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => table.Client.GetEntityAsync("p", "r"));

        Assert.Equal(0, error.Status);
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Equal(2, table.Handler.Requests.Count);
    }

    [Fact]
    public async Task AttemptThatHangs_TimesOutAndIsRetried()
    {
        var table = new ScriptedTable(options => options.Retry.AttemptTimeout = TimeSpan.FromMilliseconds(500));
        table.Handler
            .Then(async (_, cancellationToken) =>
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
                throw new InvalidOperationException("unreachable: the delay only ends by cancellation");
            })
            .Then(HttpStatusCode.OK, ScriptedTable.EntityJson);

        var read = await table.Client.GetEntityAsync("p", "r");

        Assert.Equal("r", read.Value.RowKey);
        Assert.Equal(2, table.Handler.Requests.Count);
    }

    [Fact]
    public async Task CallerCancellation_IsNotRetried()
    {
        var table = new ScriptedTable();
        using var cancellation = new CancellationTokenSource();
        table.Handler.Then(async (_, cancellationToken) =>
        {
            await cancellation.CancelAsync();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable: the delay only ends by cancellation");
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => table.Client.GetEntityAsync("p", "r", cancellationToken: cancellation.Token));

        Assert.Single(table.Handler.Requests);
    }

    [Fact]
    public async Task Query_EmptyPageWithContinuation_KeepsPaging()
    {
        var table = new ScriptedTable();
        table.Handler
            .Then(
                HttpStatusCode.OK,
                """{"value":[]}""",
                ("x-ms-continuation-NextPartitionKey", "1!4!cA--"),
                ("x-ms-continuation-NextRowKey", "1!4!cg--"))
            .Then(HttpStatusCode.OK, $$"""{"value":[{{ScriptedTable.EntityJson}}]}""");

        var rows = await table.Client.QueryAsync().ToListAsync();

        Assert.Equal("r", Assert.Single(rows).RowKey);
        Assert.Equal("?NextPartitionKey=1%214%21cA--&NextRowKey=1%214%21cg--", table.Handler.Requests[1].Uri.Query);
    }
}
