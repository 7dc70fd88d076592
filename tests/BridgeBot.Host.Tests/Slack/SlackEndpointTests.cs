using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Host.Tests.Support;
using BridgeBot.Slack.Signing;
using BridgeBot.Testing.Azurite;
using static BridgeBot.Host.Tests.Slack.SlackClient;

namespace BridgeBot.Host.Tests.Slack;

/// <summary>What the edge does before any handler runs: signatures, sizes, Slack's probes, and malformed payloads.</summary>
[Collection(AzuriteCollection.Name)]
public class SlackEndpointTests(AzuriteFixture azurite)
{
    public static TheoryData<string> Routes => new(["/api/slack/commands", "/api/slack/interactions", "/api/slack/events"]);

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task WrongSecret_Is401AndDoesNothing(string route)
    {
        await using var host = await SlackHost.StartAsync(azurite.Server);
        var body = host.Client.CommandBody(Dev, SlackFlowTests.OpenText, "1763800000.1.wrong");

        var response = await host.Client.PostAsync(route, body, "application/x-www-form-urlencoded", secret: "not-the-signing-secret");

        await AssertRefusedAsync(host, response);
    }

    [Fact]
    public async Task StaleTimestamp_Is401AndDoesNothing()
    {
        await using var host = await SlackHost.StartAsync(azurite.Server);
        var body = host.Client.CommandBody(Dev, SlackFlowTests.OpenText, "1763800000.1.stale");

        var response = await host.Client.PostAsync("/api/slack/commands", body, "application/x-www-form-urlencoded", at: TimeProvider.System.GetUtcNow().AddMinutes(-6));

        await AssertRefusedAsync(host, response);
    }

    [Fact]
    public async Task ChangedBody_Is401AndDoesNothing()
    {
        await using var host = await SlackHost.StartAsync(azurite.Server);
        var request = host.Client.SignedRequest("/api/slack/commands", host.Client.CommandBody(Dev, "list", "1763800000.1.changed"), "application/x-www-form-urlencoded");
        request.Content = new StringContent(host.Client.CommandBody(Dev, SlackFlowTests.OpenText, "1763800000.1.changed"), Encoding.UTF8, "application/x-www-form-urlencoded");

        var response = await host.Client.Http.SendAsync(request);

        await AssertRefusedAsync(host, response);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task MissingSignature_Is401AndDoesNothing(string route)
    {
        await using var host = await SlackHost.StartAsync(azurite.Server);

        var response = await host.Client.Http.PostAsync(new Uri(route, UriKind.Relative),
            new StringContent(host.Client.CommandBody(Dev, SlackFlowTests.OpenText, "1763800000.1.unsigned"), Encoding.UTF8, "application/x-www-form-urlencoded"));

        await AssertRefusedAsync(host, response);
    }

    [Fact]
    public async Task SslCheck_IsAnswered200WithoutASignature()
    {
        await using var host = await SlackHost.StartAsync(azurite.Server);

        var response = await host.Client.Http.PostAsync(new Uri("/api/slack/commands", UriKind.Relative),
            new StringContent("ssl_check=1&token=gIkuvaNzQIHg97ATvDxqgjtO", Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        Assert.Empty(host.Api.Calls);
    }

    [Fact]
    public async Task OversizedBody_Is413()
    {
        await using var host = await SlackHost.StartAsync(azurite.Server);

        var response = await host.Client.CommandAsync(Dev, "list " + new string('x', 1_100_000));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(host.Api.Calls);
    }

    [Theory]
    [InlineData(200_000)] // many times the first read buffer: the body grows while it is read
    [InlineData(3)]
    public async Task BodyWithoutContentLength_IsReadWholeAndVerified(int padding)
    {
        await using var host = await SlackHost.StartAsync(azurite.Server);
        var body = host.Client.CommandBody(Dev, "help", "1763800000.1.unsized") + "&pad=" + new string('x', padding);
        var request = host.Client.SignedRequest("/api/slack/commands", body, "application/x-www-form-urlencoded");
        request.Content = new UnsizedContent(Encoding.UTF8.GetBytes(body), "application/x-www-form-urlencoded");

        var response = await host.Client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("BridgeBot commands", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BodyWithoutContentLength_OverTheLimit_Is413()
    {
        await using var host = await SlackHost.StartAsync(azurite.Server);
        var body = host.Client.CommandBody(Dev, "list " + new string('x', 1_100_000), "1763800000.1.unsized-large");
        var request = host.Client.SignedRequest("/api/slack/commands", body, "application/x-www-form-urlencoded");
        request.Content = new UnsizedContent(Encoding.UTF8.GetBytes(body), "application/x-www-form-urlencoded");

        var response = await host.Client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(host.Api.Calls);
    }

    [Fact]
    public async Task UrlVerification_EchoesTheChallenge()
    {
        await using var host = await SlackHost.StartAsync(azurite.Server);

        var response = await host.Client.EventAsync(new JsonObject
        {
            ["token"] = "Jhj5dZrVaK7ZwHHjRyZWjbDl",
            ["challenge"] = "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
            ["type"] = "url_verification",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/slack/events", "{not json", "application/json")]
    [InlineData("/api/slack/interactions", "payload=%7Bnot+json", "application/x-www-form-urlencoded")]
    [InlineData("/api/slack/interactions", "nothing=here", "application/x-www-form-urlencoded")]
    [InlineData("/api/slack/commands", "text=no+team", "application/x-www-form-urlencoded")]
    public async Task MalformedButSigned_Is400AndDoesNothing(string route, string body, string contentType)
    {
        await using var host = await SlackHost.StartAsync(azurite.Server);

        var response = await host.Client.PostAsync(route, body, contentType);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(host.Api.Calls);
    }

    [Fact]
    public async Task UnknownInteractionOrEvent_IsAcknowledgedAndIgnored()
    {
        await using var host = await SlackHost.StartAsync(azurite.Server);

        var closed = await host.Client.InteractionAsync(new JsonObject { ["type"] = "view_closed", ["team"] = new JsonObject { ["id"] = Team } });
        var reaction = await host.Client.EventAsync(new JsonObject
        {
            ["type"] = "event_callback", ["team_id"] = Team, ["event_id"] = "Ev0REACTION",
            ["event"] = new JsonObject { ["type"] = "reaction_added", ["user"] = "U0ANA" },
        });

        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reaction.StatusCode);
        await Task.Delay(200);
        Assert.Empty(host.Api.Calls);
    }

    [Fact]
    public async Task Release_NamedLikeAChannelPingAndALink_IsPostedInert()
    {
        await using var host = await SlackHost.StartAsync(azurite.Server);

        // Slack escapes &, < and > in what people type before it sends a slash command.
        await host.Client.CommandAsync(Dev,
            "open \"&lt;!channel&gt; &amp; &lt;https://evil|click&gt;\" due " + SlackFlowTests.Deadline + " scope \"SSO\" product <@U0ANA> project <@U0BEN>");

        var post = (await host.Api.WaitForAsync("chat.postMessage", 3)).Single(call => call.Channel == Channel);
        var stored = await host.Service<IConflictStore>().GetAsync(WorkspaceId.ForSlack(Team), new Domain.Conflicts.ConflictId(1));
        Assert.Equal("<!channel> & <https://evil|click>", stored!.Conflict.Release);
        var mrkdwn = Mrkdwn(post.Body).Append(post.Text("text")!).ToArray();
        Assert.All(mrkdwn, text => Assert.DoesNotContain("<!channel>", text, StringComparison.Ordinal));
        Assert.All(mrkdwn, text => Assert.DoesNotContain("<https://evil", text, StringComparison.Ordinal));
        Assert.Contains("&lt;!channel&gt; &amp; &lt;https://evil|click&gt;", post.Text("text"), StringComparison.Ordinal);
        Assert.Contains(mrkdwn, text => text.Contains("&lt;!channel&gt; &amp; &lt;https://evil|click&gt;", StringComparison.Ordinal));

        // Plain text (the header) is shown literally by Slack, never parsed for pings or links.
        var header = post.Body["blocks"]![0]!;
        Assert.Equal(("header", "plain_text"), (header["type"]!.GetValue<string>(), header["text"]!["type"]!.GetValue<string>()));
        Assert.Equal("R-1 · <!channel> & <https://evil|click>", header["text"]!["text"]!.GetValue<string>());
    }

    private static IEnumerable<string> Mrkdwn(JsonNode? node) => node switch
    {
        JsonObject obj when obj["type"]?.GetValue<string>() == "mrkdwn" => [obj["text"]!.GetValue<string>()],
        JsonObject obj => obj.SelectMany(pair => Mrkdwn(pair.Value)),
        JsonArray array => array.SelectMany(Mrkdwn),
        _ => [],
    };

    private static async Task AssertRefusedAsync(SlackHost host, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        await Task.Delay(200);
        Assert.Empty(host.Api.Calls);
        Assert.Empty(await host.Service<IConflictStore>().ListOpenAsync(WorkspaceId.ForSlack(Team)));
    }

    [Fact]
    public void Headers_AreTheOnesSlackSends() =>
        Assert.Equal(("X-Slack-Signature", "X-Slack-Request-Timestamp"), (SlackSignatureVerifier.SignatureHeader, SlackSignatureVerifier.TimestampHeader));
}

/// <summary>A body sent without a Content-Length (its length is never computed), in small writes.</summary>
internal sealed class UnsizedContent : HttpContent
{
    private readonly byte[] bytes;

    public UnsizedContent(byte[] bytes, string contentType)
    {
        this.bytes = bytes;
        Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        for (var offset = 0; offset < bytes.Length; offset += 1000)
        {
            await stream.WriteAsync(bytes.AsMemory(offset, Math.Min(1000, bytes.Length - offset)));
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
