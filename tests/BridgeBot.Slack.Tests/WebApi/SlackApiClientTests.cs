using System.Net;
using BridgeBot.Slack.Rendering;
using BridgeBot.Slack.WebApi;
using BridgeBot.Testing.Fakes;
using BridgeBot.Testing.Http;
using Microsoft.Extensions.Logging;

namespace BridgeBot.Slack.Tests.WebApi;

public class SlackApiClientTests
{
    private static readonly Uri Api = new("https://slack.test/api/");

    [Fact]
    public async Task PostMessage_SendsJsonWithTheBearerTokenAndReturnsTheTs()
    {
        await using var fake = await FakeSlackApi.StartAsync();
        await using var harness = SlackApiHarness.Create(fake.ApiBaseUrl);

        var ts = await harness.Client.PostMessageAsync("xoxb-acme", "C0RELEASES", ReplyMessages.Text("hello & <b>"));

        var call = Assert.Single(fake.Of("chat.postMessage"));
        Assert.Equal(ts, call.Ts);
        Assert.Equal("Bearer xoxb-acme", call.Authorization);
        Assert.Equal("C0RELEASES", call.Channel);
        Assert.Equal("hello &amp; &lt;b&gt;", call.Text("text"));
        Assert.NotNull(call.Body["blocks"]);
    }

    [Fact]
    public async Task OkFalse_IsLoggedWithMethodAndErrorAndThrown()
    {
        await using var fake = await FakeSlackApi.StartAsync();
        await using var harness = SlackApiHarness.Create(fake.ApiBaseUrl);
        fake.ChannelsWithoutBot["C0PRIVATE"] = true;

        var failure = await Assert.ThrowsAsync<SlackApiException>(() => harness.Client.PostMessageAsync("xoxb-acme", "C0PRIVATE", ReplyMessages.Text("hi")));

        Assert.Equal(("chat.postMessage", "not_in_channel"), (failure.Method, failure.Error));
        Assert.True(SlackApiErrors.IsNotInChannel(failure));
        Assert.Contains("invite @BridgeBot", SlackApiErrors.Explain(failure), StringComparison.Ordinal);
        var log = Assert.Single(harness.Logs.Logs, entry => entry.Level == LogLevel.Warning);
        Assert.Equal("chat.postMessage", log.Values["Method"]);
        Assert.Equal("not_in_channel", log.Values["Error"]);
        Assert.Single(fake.Calls);
    }

    [Fact]
    public async Task RateLimited_WaitsExactlyRetryAfterThenSucceeds()
    {
        var handler = new ScriptedHandler()
            .Then(HttpStatusCode.TooManyRequests, null, ("Retry-After", "7"))
            .Then(HttpStatusCode.OK, """{"ok":true,"channel":"C1","ts":"1.2"}""");
        await using var harness = SlackApiHarness.Create(Api, handler);

        var ts = await harness.Client.PostMessageAsync("xoxb-acme", "C1", ReplyMessages.Text("hi"));

        Assert.Equal("1.2", ts);
        Assert.Equal(2, handler.Requests.Count);
        Assert.Contains(TimeSpan.FromSeconds(7), harness.Time.RequestedDelays);
    }

    [Fact]
    public async Task RateLimited_LongerThanAllowed_FailsWithoutWaiting()
    {
        var handler = new ScriptedHandler().Then(HttpStatusCode.TooManyRequests, null, ("Retry-After", "120"));
        await using var harness = SlackApiHarness.Create(Api, handler);

        var failure = await Assert.ThrowsAsync<SlackApiException>(() => harness.Client.PostMessageAsync("xoxb-acme", "C1", ReplyMessages.Text("hi")));

        Assert.Equal("http_429", failure.Error);
        Assert.Single(handler.Requests);
        Assert.Contains("slow down", SlackApiErrors.Explain(failure), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostMessage_ConnectionBrokenAfterSending_IsReportedNotSentAgain()
    {
        var handler = new ScriptedHandler()
            .Then((_, _) => throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."))
            .Then(HttpStatusCode.OK, """{"ok":true,"ts":"1.2"}""");
        await using var harness = SlackApiHarness.Create(Api, handler);

        await Assert.ThrowsAsync<HttpRequestException>(() => harness.Client.PostMessageAsync("xoxb-acme", "C1", ReplyMessages.Text("hi")));

        // Slack may have posted it: a second call could show the message twice.
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task PostMessage_ConnectionRefusedBeforeSending_IsRetried()
    {
        var handler = new ScriptedHandler()
            .Then((_, _) => throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused."))
            .Then(HttpStatusCode.OK, """{"ok":true,"ts":"1.2"}""");
        await using var harness = SlackApiHarness.Create(Api, handler);

        await harness.Client.PostMessageAsync("xoxb-acme", "C1", ReplyMessages.Text("hi"));

        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Update_ConnectionBrokenAfterSending_IsRetried()
    {
        var handler = new ScriptedHandler()
            .Then((_, _) => throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."))
            .Then(HttpStatusCode.OK, """{"ok":true}""");
        await using var harness = SlackApiHarness.Create(Api, handler);

        await harness.Client.UpdateMessageAsync("xoxb-acme", "C1", "1.2", ReplyMessages.Text("hi"));

        // Replacing a message twice has one effect.
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task ServerErrors_AreRetriedWithBackoff()
    {
        var handler = new ScriptedHandler()
            .Then(HttpStatusCode.InternalServerError)
            .Then(HttpStatusCode.ServiceUnavailable)
            .Then(HttpStatusCode.OK, """{"ok":true}""");
        await using var harness = SlackApiHarness.Create(Api, handler);

        await harness.Client.UpdateMessageAsync("xoxb-acme", "C1", "1.2", ReplyMessages.Text("hi"));

        Assert.Equal(3, handler.Requests.Count);
        // Two retries, each after a backoff that Polly chose (with jitter, which may be close to zero: count the retries,
        // not the timers, so the test does not depend on the random draw).
        var retries = harness.Logs.Logs.Where(log => log.Message.Contains("retrying in", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, retries.Length);
        Assert.All(retries, retry => Assert.InRange((TimeSpan)retry.Values["Delay"]!, TimeSpan.Zero, TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task ServerErrors_BeyondTheRetries_FailWithTheStatus()
    {
        var handler = new ScriptedHandler();
        for (var i = 0; i <= SlackApiHarness.MaxRetryAttempts; i++)
        {
            handler.Then(HttpStatusCode.BadGateway);
        }

        await using var harness = SlackApiHarness.Create(Api, handler);

        var failure = await Assert.ThrowsAsync<SlackApiException>(() => harness.Client.OpenViewAsync("xoxb-acme", "trigger", []));

        Assert.Equal("http_502", failure.Error);
        Assert.Equal(SlackApiHarness.MaxRetryAttempts + 1, handler.Requests.Count);
    }

    [Fact]
    public async Task OkFalse_IsNotRetried()
    {
        var handler = new ScriptedHandler().Then(HttpStatusCode.OK, """{"ok":false,"error":"missing_scope","needed":"im:write"}""");
        await using var harness = SlackApiHarness.Create(Api, handler);

        var failure = await Assert.ThrowsAsync<SlackApiException>(() => harness.Client.OpenDirectMessageAsync("xoxb-acme", "U0ANA"));

        Assert.Equal("im:write", failure.Needed);
        Assert.Single(handler.Requests);
        Assert.Contains("im:write", SlackApiErrors.Explain(failure), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResponseUrl_OnSlacksHooksOrTheApiHost_IsPostedWithoutAToken()
    {
        await using var fake = await FakeSlackApi.StartAsync();
        await using var harness = SlackApiHarness.Create(fake.ApiBaseUrl);

        await harness.Client.RespondAsync(fake.ResponseUrl("abc"), ReplyMessages.Text("only you"));

        var call = Assert.Single(fake.Of("response_url"));
        Assert.Equal("ephemeral", call.Text("response_type"));
        Assert.Equal(string.Empty, call.Authorization);
    }

    [Theory]
    [InlineData("https://evil.example.com/hooks/1")]
    [InlineData("http://hooks.slack.com/commands/1")]
    [InlineData("not a url")]
    public async Task ResponseUrl_ElsewhereIsRefusedWithoutARequest(string url)
    {
        var handler = new ScriptedHandler();
        await using var harness = SlackApiHarness.Create(Api, handler);

        var failure = await Assert.ThrowsAsync<SlackApiException>(() => harness.Client.RespondAsync(url, ReplyMessages.Text("x")));

        Assert.Equal("untrusted_response_url", failure.Error);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public void ResponseUrl_SlackHooks_AreTrusted() =>
        Assert.True(ResponseUrlPolicy.IsTrusted("https://hooks.slack.com/commands/T1/2/3", new Uri("https://slack.com/api/")));

    [Fact]
    public async Task UserName_PrefersTheDisplayName()
    {
        await using var fake = await FakeSlackApi.StartAsync();
        await using var harness = SlackApiHarness.Create(fake.ApiBaseUrl);
        fake.Names["U0ANA"] = "Ana Product";

        Assert.Equal("Ana Product", await harness.Client.GetUserNameAsync("xoxb-acme", "U0ANA"));
        Assert.Equal("U0BEN", await harness.Client.GetUserNameAsync("xoxb-acme", "U0BEN"));
    }

    [Fact]
    public async Task FormCall_SendsNoBearerToken()
    {
        await using var fake = await FakeSlackApi.StartAsync();
        await using var harness = SlackApiHarness.Create(fake.ApiBaseUrl);

        var answer = await harness.Client.CallWithFormAsync("oauth.v2.access", new Dictionary<string, string> { ["code"] = "c1", ["client_id"] = "id" });

        Assert.Equal("xoxb-installed-c1", answer["access_token"]!.GetValue<string>());
        Assert.Equal(string.Empty, Assert.Single(fake.Calls).Authorization);
    }
}
