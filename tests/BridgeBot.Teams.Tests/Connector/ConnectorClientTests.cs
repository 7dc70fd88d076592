using System.Net;
using BridgeBot.Teams.Connector;
using BridgeBot.Teams.Protocol;
using BridgeBot.Teams.Tests.Protocol;
using BridgeBot.Testing;
using Microsoft.Extensions.Logging;

namespace BridgeBot.Teams.Tests.Connector;

public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string ChannelThread = "19:abc@thread.tacv2;messageid=1700000000000";
    private const string EncodedChannelThread = "19%3Aabc%40thread.tacv2%3Bmessageid%3D1700000000000";

    private ConnectorHarness harness = null!;

    private FakeConnector Connector => harness.Connector;

    public async Task InitializeAsync() => harness = await ConnectorHarness.StartAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task SendToConversation_Activity_IsPostedToTheEncodedConversationPath()
    {
        var response = await harness.Client.SendToConversationAsync(Connector.ServiceUrl, ChannelThread, Message("hello"));

        var request = Assert.Single(Connector.Received);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/_connector/v3/conversations/{EncodedChannelThread}/activities", request.RawTarget);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        Assert.Equal("hello", request.Body?["text"]?.GetValue<string>());
        Assert.Equal("activity-1", response.Id);
    }

    [Fact]
    public async Task ReplyToActivity_Activity_IsPostedToTheEncodedActivityPath()
    {
        await harness.Client.ReplyToActivityAsync(Connector.ServiceUrl, ChannelThread, "f:1700000000000", Message("pong"));

        var request = Assert.Single(Connector.Received);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/_connector/v3/conversations/{EncodedChannelThread}/activities/f%3A1700000000000", request.RawTarget);
    }

    [Fact]
    public async Task ReplyToActivity_CreatedReply_IsAddressedByItsOwnFields()
    {
        var inbound = TeamsFixtures.Activity("message-personal.json");
        inbound.ServiceUrl = Connector.ServiceUrl;

        await harness.Client.ReplyToActivityAsync(inbound.CreateReply("pong"));

        var request = Assert.Single(Connector.Received);
        Assert.Equal($"/_connector/v3/conversations/{inbound.Conversation!.Id}/activities/{inbound.Id}", request.RawTarget);
        Assert.Equal(inbound.Id, request.Body?["replyToId"]?.GetValue<string>());
        Assert.Equal("user-id-0", request.Body?["recipient"]?["id"]?.GetValue<string>());
        Assert.Equal("pong", request.Body?["text"]?.GetValue<string>());
    }

    [Fact]
    public async Task UpdateActivity_Activity_IsPutToTheActivityPath()
    {
        var response = await harness.Client.UpdateActivityAsync(Connector.ServiceUrl, ChannelThread, "1700000000001", Message("edited"));

        var request = Assert.Single(Connector.Received);
        Assert.Equal("PUT", request.Method);
        Assert.Equal($"/_connector/v3/conversations/{EncodedChannelThread}/activities/1700000000001", request.RawTarget);
        Assert.Equal("edited", request.Body?["text"]?.GetValue<string>());
        Assert.Equal("1700000000001", response.Id);
    }

    [Fact]
    public async Task UpdateActivity_SuccessWithoutBody_ReturnsEmptyResponse()
    {
        Connector.AnswerNext(200);

        var response = await harness.Client.UpdateActivityAsync(Connector.ServiceUrl, ChannelThread, "1700000000001", Message("edited"));

        Assert.Null(response.Id);
    }

    [Fact]
    public async Task CreateConversation_OneOnOne_PostsBotMemberAndTenant()
    {
        var parameters = ConversationParameters.OneOnOne(new ChannelAccount("28:bot"), new ChannelAccount("29:ana"), "tenant-1");

        var response = await harness.Client.CreateConversationAsync(Connector.ServiceUrl, parameters);

        var request = Assert.Single(Connector.Received);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/_connector/v3/conversations", request.RawTarget);
        Assert.Equal("28:bot", request.Body?["bot"]?["id"]?.GetValue<string>());
        Assert.Equal("29:ana", request.Body?["members"]?[0]?["id"]?.GetValue<string>());
        Assert.False(request.Body?["isGroup"]?.GetValue<bool>());
        Assert.Equal("tenant-1", request.Body?["tenantId"]?.GetValue<string>());
        Assert.Equal("tenant-1", request.Body?["channelData"]?["tenant"]?["id"]?.GetValue<string>());
        Assert.Equal("a:created-conversation", response.Id);
    }

    [Fact]
    public async Task Send_AuthenticationOn_CarriesTheBotTokenForTheBotFrameworkScope()
    {
        await harness.Client.SendToConversationAsync(Connector.ServiceUrl, "a:1", Message("hi"));

        Assert.Equal("Bearer token-1", Assert.Single(Connector.Received).Authorization);
        Assert.Equal(["https://api.botframework.com/.default"], harness.Credential.Scopes);
    }

    [Fact]
    public async Task Send_Repeatedly_ReusesTheFreshToken()
    {
        for (var send = 0; send < 3; send++)
        {
            await harness.Client.SendToConversationAsync(Connector.ServiceUrl, "a:1", Message("hi"));
        }

        Assert.Equal(1, harness.Credential.Calls);
        Assert.All(Connector.Received, request => Assert.Equal("Bearer token-1", request.Authorization));
    }

    [Fact]
    public async Task Send_TokenCloseToExpiry_AsksTheCredentialAgain()
    {
        await using var shortLived = await ConnectorHarness.StartAsync(tokenLifetime: TimeSpan.FromMinutes(2));

        await shortLived.Client.SendToConversationAsync(shortLived.Connector.ServiceUrl, "a:1", Message("one"));
        await shortLived.Client.SendToConversationAsync(shortLived.Connector.ServiceUrl, "a:1", Message("two"));

        Assert.Equal(2, shortLived.Credential.Calls);
        Assert.Equal("Bearer token-2", shortLived.Connector.Received[1].Authorization);
    }

    [Fact]
    public async Task Send_AuthenticationOff_CarriesNoToken()
    {
        await using var anonymous = await ConnectorHarness.StartAsync(authenticationOn: false);

        await anonymous.Client.SendToConversationAsync(anonymous.Connector.ServiceUrl, "a:1", Message("hi"));

        Assert.Null(Assert.Single(anonymous.Connector.Received).Authorization);
        Assert.Equal(0, anonymous.Credential.Calls);
    }

    [Fact]
    public async Task Send_Throttled429WithRetryAfter_WaitsAsToldAndDeliversOnce()
    {
        Connector.AnswerNext(429, retryAfter: "2");

        await harness.Client.SendToConversationAsync(Connector.ServiceUrl, "a:1", Message("hi"));

        Assert.Equal(2, Connector.Received.Count);
        Assert.Single(Connector.Delivered);
        Assert.Equal([TimeSpan.FromSeconds(2)], harness.Time.RequestedDelays);
    }

    [Fact]
    public async Task Send_RetriedAfterAFailure_SendsTheSameBodyAgain()
    {
        Connector.AnswerNext(503);
        var text = "retried " + new string('é', 20_000); // larger than a pooled buffer's first size, and not ASCII

        await harness.Client.UpdateActivityAsync(Connector.ServiceUrl, "a:1", "activity-9", Message(text));

        Assert.Equal(2, Connector.Received.Count);
        Assert.All(Connector.Received, request => Assert.Equal(text, request.Body?["text"]?.GetValue<string>()));
    }

    [Fact]
    public async Task Send_ManyAtOnce_EachCarriesItsOwnBody()
    {
        // Bodies are written into pooled buffers: calls at the same time, and one after another, never share one.
        var texts = Enumerable.Range(0, 40).Select(n => $"message {n} " + new string((char)('a' + (n % 26)), 100 + (n * 997 % 30_000))).ToArray();

        await Task.WhenAll(texts.Select(text => harness.Client.SendToConversationAsync(Connector.ServiceUrl, "a:1", Message(text))));
        await harness.Client.SendToConversationAsync(Connector.ServiceUrl, "a:1", Message("short"));

        Assert.Equal(texts.Append("short").Order(StringComparer.Ordinal), Connector.Received.Select(request => request.Body?["text"]?.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(412)]
    public async Task Send_TransientFailure_IsRetriedWithBackoff(int status)
    {
        Connector.AnswerNext(status);

        await harness.Client.SendToConversationAsync(Connector.ServiceUrl, "a:1", Message("hi"));

        Assert.Equal(2, Connector.Received.Count);
        Assert.Single(Connector.Delivered);
        // One retry, after a backoff Polly chose (jittered: it may be near zero, so the retry is counted, not the timer).
        Assert.Single(Retries());
    }

    [Fact]
    public async Task Send_BadRequest_IsNotRetriedAndReportsStatusAndCorrelationId()
    {
        Connector.AnswerNext(400, body: """{"error":{"code":"BadArgument","message":"Unknown activity type"}}""", correlationId: "op-42");

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendToConversationAsync(Connector.ServiceUrl, "a:1", Message("hi")));

        Assert.Single(Connector.Received);
        Assert.Equal(HttpStatusCode.BadRequest, failure.Status);
        Assert.Equal("op-42", failure.CorrelationId);
        Assert.Equal("BadArgument", failure.ErrorCode);
        Assert.Equal("Unknown activity type", failure.ErrorMessage);
        Assert.Equal("SendToConversation", failure.Operation);
    }

    [Fact]
    public async Task Send_Failure_IsLoggedWithStructuredValues()
    {
        Connector.AnswerNext(403, correlationId: "op-43");

        await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendToConversationAsync(Connector.ServiceUrl, "a:1", Message("hi")));

        var log = Assert.Single(harness.Logs.Logs, entry => entry.Level == LogLevel.Warning);
        Assert.Equal("Connector {Operation} to {ConversationId} failed with {Status}, X-Correlating-OperationId {CorrelationId}, error {ErrorCode}", log.Values["{OriginalFormat}"]);
        Assert.Equal("SendToConversation", log.Values["Operation"]);
        Assert.Equal("a:1", log.Values["ConversationId"]);
        Assert.Equal(HttpStatusCode.Forbidden, log.Values["Status"]);
        Assert.Equal("op-43", log.Values["CorrelationId"]);
    }

    [Fact]
    public async Task Send_StillFailingAfterAllRetries_ThrowsTheLastAnswer()
    {
        for (var attempt = 0; attempt <= ConnectorHarness.MaxRetryAttempts; attempt++)
        {
            Connector.AnswerNext(503);
        }

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendToConversationAsync(Connector.ServiceUrl, "a:1", Message("hi")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failure.Status);
        Assert.Equal(ConnectorHarness.MaxRetryAttempts + 1, Connector.Received.Count);
        Assert.Empty(Connector.Delivered);
    }

    [Fact]
    public async Task Send_RetryAfterBeyondTheLimit_IsNotWaitedFor()
    {
        Connector.AnswerNext(429, retryAfter: "3600");

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendToConversationAsync(Connector.ServiceUrl, "a:1", Message("hi")));

        Assert.Equal(HttpStatusCode.TooManyRequests, failure.Status);
        Assert.Single(Connector.Received);
        Assert.Empty(harness.Time.RequestedDelays);
    }

    [Fact]
    public async Task Send_UntrustedServiceUrl_SendsNothing()
    {
        var untrusted = Connector.ServiceUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal);

        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() => harness.Client.SendToConversationAsync(untrusted, "a:1", Message("hi")));

        Assert.Empty(Connector.Received);
        Assert.Equal(0, harness.Credential.Calls);
    }

    [Fact]
    public async Task Send_AuthenticationOffToNonLoopbackServiceUrl_IsRefused()
    {
        await using var anonymous = await ConnectorHarness.StartAsync(authenticationOn: false);

        var failure = await Assert.ThrowsAsync<UntrustedServiceUrlException>(() =>
            anonymous.Client.SendToConversationAsync("https://smba.trafficmanager.net/amer/", "a:1", Message("hi")));

        Assert.Equal("https://smba.trafficmanager.net/amer/", failure.ServiceUrl);
    }

    [Fact]
    public async Task Send_ServiceUnreachable_IsRetriedThenFails()
    {
        var closed = LoopbackServer.UnboundUrl().ToString();
        harness.Trust.Trust(closed);

        await Assert.ThrowsAsync<HttpRequestException>(() => harness.Client.SendToConversationAsync(closed, "a:1", Message("hi")));

        Assert.True(ConnectorHarness.MaxRetryAttempts == Retries().Length, string.Join(" | ", harness.Logs.Logs.Select(log => log.Message + " " + (log.Exception as HttpRequestException)?.HttpRequestError)));
    }

    [Fact]
    public async Task Send_ConnectionDroppedAfterTheConnectorGotIt_IsNotSentAgain()
    {
        Connector.DropNext();

        await Assert.ThrowsAsync<HttpRequestException>(() => harness.Client.SendToConversationAsync(Connector.ServiceUrl, "a:1", Message("hi")));

        // Teams may have posted it: a second POST could post the message twice, so the failure is reported instead.
        Assert.Single(Connector.Received);
        Assert.Empty(harness.Time.RequestedDelays);
    }

    [Fact]
    public async Task Send_ConnectorNeverAnswers_TimesOutAndIsNotSentAgain()
    {
        await using var hanging = await ConnectorHarness.StartAsync(attemptTimeout: ConnectorHarness.ShortAttemptTimeout);
        hanging.Connector.HangNext();

        var failure = await Assert.ThrowsAsync<TaskCanceledException>(() => hanging.Client.SendToConversationAsync(hanging.Connector.ServiceUrl, "a:1", Message("hi")));

        Assert.IsType<TimeoutException>(failure.InnerException);
        Assert.Single(hanging.Connector.Received);
    }

    [Fact]
    public async Task Update_ConnectorNeverAnswers_IsRetriedAndDelivered()
    {
        await using var hanging = await ConnectorHarness.StartAsync(attemptTimeout: ConnectorHarness.ShortAttemptTimeout);
        hanging.Connector.HangNext();

        var failure = await Record.ExceptionAsync(() => hanging.Client.UpdateActivityAsync(hanging.Connector.ServiceUrl, "a:1", "activity-9", Message("hi")));

        Assert.True(failure is null, $"{hanging.Connector.Received.Count} received; {string.Join(" | ", hanging.Logs.Logs.Select(l => l.Message))}; {failure}");
        Assert.Equal(2, hanging.Connector.Received.Count);
        Assert.Single(hanging.Connector.Delivered);
    }

    [Fact]
    public async Task Update_ConnectionDroppedAfterTheConnectorGotIt_IsSentAgain()
    {
        Connector.DropNext();

        await harness.Client.UpdateActivityAsync(Connector.ServiceUrl, "a:1", "activity-9", Message("hi"));

        // Replacing a card twice has one effect.
        Assert.Equal(2, Connector.Received.Count);
        Assert.Single(Connector.Delivered);
    }

    [Fact]
    public async Task Send_RelativeServiceUrl_IsRefused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.SendToConversationAsync("/_connector", "a:1", Message("hi")));

        Assert.Empty(Connector.Received);
    }

    private RecordedLog[] Retries() =>
        harness.Logs.Logs.Where(log => log.Message.Contains(" retrying in ", StringComparison.Ordinal)).ToArray();

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };
}
