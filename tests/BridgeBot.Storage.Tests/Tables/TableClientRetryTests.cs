using System.Net;
using Azure.Core;
using BridgeBot.Storage.Tables;

namespace BridgeBot.Storage.Tests.Tables;

/// <summary>Retry behaviour against a scripted peer: which answers are retried, and how long the client asks to wait.</summary>
public class TableClientRetryTests
{
    private static readonly Uri Endpoint = new("http://127.0.0.1:1/devstoreaccount1/");

    [Fact]
    public async Task ServiceUnavailable_IsRetriedUntilSuccess()
    {
        var peer = new ScriptedPeer(HttpStatusCode.ServiceUnavailable, HttpStatusCode.InternalServerError, HttpStatusCode.NoContent);
        var table = Client(peer, new RecordingClock());

        await table.UpsertEntityAsync(new TableEntity("p", "r"));

        Assert.Equal(3, peer.Calls);
    }

    [Theory]
    [InlineData(HttpStatusCode.Conflict, "EntityAlreadyExists")]
    [InlineData(HttpStatusCode.PreconditionFailed, "UpdateConditionNotSatisfied")]
    [InlineData(HttpStatusCode.BadRequest, "InvalidInput")]
    public async Task ClientErrors_AreNotRetried(HttpStatusCode status, string code)
    {
        var peer = new ScriptedPeer(status, HttpStatusCode.NoContent) { ErrorCode = code };
        var table = Client(peer, new RecordingClock());

        var failure = await Assert.ThrowsAsync<Azure.RequestFailedException>(() => table.AddEntityAsync(new TableEntity("p", "r")));

        Assert.Equal(1, peer.Calls);
        Assert.Equal((int)status, failure.Status);
        Assert.Equal(code, failure.ErrorCode);
    }

    [Fact]
    public async Task TooManyRequests_HonoursRetryAfter()
    {
        var peer = new ScriptedPeer(HttpStatusCode.TooManyRequests, HttpStatusCode.NoContent) { RetryAfterSeconds = 3 };
        var clock = new RecordingClock();
        var table = Client(peer, clock, new TableClientOptions { MaxDelay = TimeSpan.FromSeconds(30), AttemptTimeout = TimeSpan.FromHours(1) });

        await table.UpsertEntityAsync(new TableEntity("p", "r"));

        Assert.Equal(2, peer.Calls);
        Assert.Contains(TimeSpan.FromSeconds(3), clock.Delays);
    }

    [Fact]
    public async Task PersistentFailure_GivesUpAfterTheConfiguredRetries()
    {
        var peer = new ScriptedPeer(Enumerable.Repeat(HttpStatusCode.ServiceUnavailable, 10).ToArray());
        var table = Client(peer, new RecordingClock(), new TableClientOptions { MaxRetries = 2, AttemptTimeout = TimeSpan.FromHours(1) });

        var failure = await Assert.ThrowsAsync<Azure.RequestFailedException>(() => table.UpsertEntityAsync(new TableEntity("p", "r")));

        Assert.Equal(503, failure.Status);
        Assert.Equal(3, peer.Calls);
    }

    [Fact]
    public async Task BearerToken_IsSentAndReusedWhileFresh()
    {
        var peer = new ScriptedPeer(HttpStatusCode.NoContent, HttpStatusCode.NoContent, HttpStatusCode.NoContent);
        var credential = new CountingCredential();
        var bearer = new BearerTokenHandler(credential, TimeProvider.System) { InnerHandler = peer };
        var table = new TableClient(new HttpClient(bearer), Endpoint, "t", new TableClientOptions(), TimeProvider.System);

        for (var i = 0; i < 3; i++)
        {
            await table.UpsertEntityAsync(new TableEntity("p", "r" + i));
        }

        Assert.Equal(1, credential.Calls);
        Assert.All(peer.Authorizations, header => Assert.Equal("Bearer token-1", header));
        Assert.Equal([BearerTokenHandler.StorageScope], credential.Scopes);
    }

    private static TableClient Client(HttpMessageHandler peer, TimeProvider clock, TableClientOptions? options = null) =>
        new(new HttpClient(peer), Endpoint, "t", options ?? new TableClientOptions { AttemptTimeout = TimeSpan.FromHours(1) }, clock);

    private sealed class ScriptedPeer(params HttpStatusCode[] answers) : HttpMessageHandler
    {
        private int calls;

        public int Calls => calls;

        public int? RetryAfterSeconds { get; init; }

        public string ErrorCode { get; init; } = "ServerBusy";

        public List<string?> Authorizations { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var index = Interlocked.Increment(ref calls) - 1;
            lock (Authorizations)
            {
                Authorizations.Add(request.Headers.Authorization?.ToString());
            }

            var status = answers[Math.Min(index, answers.Length - 1)];
            var response = new HttpResponseMessage(status);
            if ((int)status >= 400)
            {
                response.Content = new StringContent("{\"odata.error\":{\"code\":\"" + ErrorCode + "\",\"message\":{\"lang\":\"en-US\",\"value\":\"scripted\"}}}");
            }

            if (RetryAfterSeconds is { } seconds)
            {
                response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));
            }

            return Task.FromResult(response);
        }
    }

    /// <summary>Records every wait the client asks for and lets short ones (backoffs) pass at once; long ones (attempt timeouts) stay real.</summary>
    private sealed class RecordingClock : TimeProvider
    {
        private readonly List<TimeSpan> delays = [];

        public IReadOnlyList<TimeSpan> Delays
        {
            get
            {
                lock (delays)
                {
                    return delays.ToArray();
                }
            }
        }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            lock (delays)
            {
                delays.Add(dueTime);
            }

            return System.CreateTimer(callback, state, dueTime < TimeSpan.FromMinutes(5) ? TimeSpan.Zero : dueTime, period);
        }
    }

    private sealed class CountingCredential : TokenCredential
    {
        private int calls;

        public int Calls => calls;

        public string[] Scopes { get; private set; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            var n = Interlocked.Increment(ref calls);
            Scopes = requestContext.Scopes;
            return ValueTask.FromResult(new AccessToken($"token-{n}", TimeProvider.System.GetUtcNow().AddHours(1)));
        }
    }
}
