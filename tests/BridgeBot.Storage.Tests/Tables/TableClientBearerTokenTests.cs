using System.Net;
using BridgeBot.Storage.Tables;
using BridgeBot.Testing.Http;
using BridgeBot.Testing.Time;

namespace BridgeBot.Storage.Tests.Tables;

public sealed class TableClientBearerTokenTests : IDisposable
{
    private static readonly Uri Endpoint = new("https://acme.table.core.windows.net/");
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly ScriptedHandler _handler = new();

    public void Dispose() => _handler.Dispose();

    [Fact]
    public async Task Request_CarriesBearerTokenForTheStorageScope()
    {
        var credential = new FakeTokenCredential(_clock, TimeSpan.FromHours(1));

        await Client(credential).AddEntityAsync(new TableEntity("p", "r"));

        Assert.Equal("Bearer token-1", _handler.Requests[0].Headers["Authorization"]);
        Assert.Equal(["https://storage.azure.com/.default"], Assert.Single(credential.Scopes));
    }

    [Fact]
    public async Task FreshToken_IsReusedWithoutAskingTheCredentialAgain()
    {
        var credential = new FakeTokenCredential(_clock, TimeSpan.FromHours(1));
        var client = Client(credential);

        for (var request = 0; request < 3; request++)
        {
            await client.AddEntityAsync(new TableEntity("p", "r"));
            _clock.Advance(TimeSpan.FromMinutes(10));
        }

        Assert.Equal(1, credential.Calls);
        Assert.All(_handler.Requests, request => Assert.Equal("Bearer token-1", request.Headers["Authorization"]));
    }

    [Fact]
    public async Task ConcurrentRequests_ShareOneTokenRequest()
    {
        var credential = new FakeTokenCredential(_clock, TimeSpan.FromHours(1));
        var client = Client(credential, requests: 10);

        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => client.AddEntityAsync(new TableEntity("p", "r"))));

        Assert.Equal(1, credential.Calls);
    }

    [Fact]
    public async Task TokenPastRefreshOn_IsReplacedBeforeTheNextRequest()
    {
        var credential = new FakeTokenCredential(_clock, TimeSpan.FromHours(1), refreshAfter: TimeSpan.FromMinutes(30));
        var client = Client(credential);

        await client.AddEntityAsync(new TableEntity("p", "r"));
        _clock.Advance(TimeSpan.FromMinutes(31));
        await client.AddEntityAsync(new TableEntity("p", "r"));

        Assert.Equal(2, credential.Calls);
        Assert.Equal("Bearer token-2", _handler.Requests[1].Headers["Authorization"]);
    }

    [Fact]
    public async Task TokenWithoutRefreshOn_IsReplacedFiveMinutesBeforeExpiry()
    {
        var credential = new FakeTokenCredential(_clock, TimeSpan.FromMinutes(30));
        var client = Client(credential, requests: 3);

        await client.AddEntityAsync(new TableEntity("p", "r"));
        _clock.Advance(TimeSpan.FromMinutes(24));
        await client.AddEntityAsync(new TableEntity("p", "r"));
        _clock.Advance(TimeSpan.FromMinutes(2));
        await client.AddEntityAsync(new TableEntity("p", "r"));

        Assert.Equal(["Bearer token-1", "Bearer token-1", "Bearer token-2"], _handler.Requests.Select(request => request.Headers["Authorization"]));
    }

    [Fact]
    public void PlainHttpEndpoint_IsRefusedForBearerTokens()
    {
        var credential = new FakeTokenCredential(_clock, TimeSpan.FromHours(1));

        Assert.Throws<ArgumentException>(() => new TableClient(new Uri("http://acme.table.core.windows.net/"), "table", credential));
    }

    private TableClient Client(FakeTokenCredential credential, int requests = 5)
    {
        for (var request = 0; request < requests; request++)
        {
            _handler.Then(HttpStatusCode.NoContent);
        }

        return new TableClient(Endpoint, "table", credential, new TableClientOptions { HttpClient = new HttpClient(_handler), TimeProvider = _clock });
    }
}
