using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Host.Tests.Slack;
using BridgeBot.Host.Tests.Support;
using BridgeBot.Host.Tests.Teams;
using BridgeBot.Slack.Signing;
using BridgeBot.Testing;
using BridgeBot.Testing.Azurite;
using BridgeBot.Testing.Identity;
using BridgeBot.Testing.Reliability;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace BridgeBot.Host.Tests.Reliability;

/// <summary>
/// Every way a request can fail authentication, through the real endpoints, with the status it gets; the table goes
/// to <c>artifacts/reliability/auth-matrix.md</c> (and docs/reliability.md). A refused request changes nothing.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Reliability")]
public class AuthMatrixTests(AzuriteFixture azurite)
{
    private static readonly List<string> Rows = [];

    [Fact]
    public async Task Teams_EveryRejectedCredential_Is401_AndChangesNothing()
    {
        await using var issuer = await TestIssuer.StartAsync();
        await using var host = await TeamsHost.StartAsync(azurite.Server, new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = TestIssuer.AppId,
            ["MicrosoftAppPassword"] = "not-used",
            ["MicrosoftAppType"] = "MultiTenant",
            ["Teams:Authentication:BotConnectorMetadataUrl"] = issuer.BotConnectorMetadataUrl,
            ["Teams:Authentication:EntraMetadataUrl"] = issuer.EntraMetadataUrl,
            ["Teams:Authentication:RequireHttpsMetadata"] = "false",
            ["Digests:Enabled"] = "false",
        });
        var key = issuer.BotConnectorKey;
        var valid = TestIssuer.ChannelToken(key);
        var parts = valid.Split('.');
        var forged = TestIssuer.ChannelToken(key, token => token.Claims["serviceurl"] = "https://evil.example/").Split('.');
        (string Case, string? Authorization, string ServiceUrl, int Expected)[] cases =
        [
            ("no Authorization header", null, TestIssuer.ServiceUrl, 401),
            ("Basic scheme", "Basic dXNlcjpwYXNz", TestIssuer.ServiceUrl, 401),
            ("not a JWT", "Bearer not-a-jwt", TestIssuer.ServiceUrl, 401),
            ("expired (beyond the 5-minute skew)", Bearer(TestIssuer.ChannelToken(key, TestIssuer.Lifetime(-70, -10))), TestIssuer.ServiceUrl, 401),
            ("not yet valid", Bearer(TestIssuer.ChannelToken(key, TestIssuer.Lifetime(10, 70))), TestIssuer.ServiceUrl, 401),
            ("audience is another bot", Bearer(TestIssuer.ChannelToken(key, token => token.Audience = "0b8a5c1e-0000-4000-8000-000000000000")), TestIssuer.ServiceUrl, 401),
            ("issuer not trusted", Bearer(TestIssuer.ChannelToken(key, token => token.Issuer = "https://api.botframework.com.evil.example")), TestIssuer.ServiceUrl, 401),
            ("signed by an unpublished key", Bearer(TestIssuer.ChannelToken(new TestSigningKey("never-published"))), TestIssuer.ServiceUrl, 401),
            ("signature by another key under a known key id", Bearer(TestIssuer.ChannelToken(key.Impostor())), TestIssuer.ServiceUrl, 401),
            ("payload altered after signing", Bearer($"{parts[0]}.{forged[1]}.{parts[2]}"), "https://evil.example/", 401),
            ("algorithm not allowed (PS256)", Bearer(TestIssuer.ChannelToken(key, algorithm: SecurityAlgorithms.RsaSsaPssSha256)), TestIssuer.ServiceUrl, 401),
            ("serviceUrl differs from the token's", Bearer(valid), "https://attacker.example/", 401),
            ("token without a serviceurl claim", Bearer(TestIssuer.ChannelToken(key, token => token.Claims.Remove("serviceurl"))), TestIssuer.ServiceUrl, 401),
            ("Entra token of another app", Bearer(TestIssuer.EntraToken(issuer.EntraKey, token => token.Claims["azp"] = "other-app")), TestIssuer.ServiceUrl, 401),
            ("valid channel token (the baseline)", Bearer(valid), TestIssuer.ServiceUrl, 200),
        ];

        foreach (var (name, authorization, serviceUrl, expected) in cases)
        {
            // A typing activity: after authentication it is acknowledged and nothing else, so the baseline needs no connector.
            var activity = host.Client.Personal(TeamsClient.Dev, "open \"Forged\" due 2099-12-15 scope X product <at>Ana Product</at> project <at>Ben Project</at>");
            activity["type"] = expected == 200 ? "typing" : "message";
            activity["serviceUrl"] = serviceUrl;
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
            {
                Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
            };
            if (authorization is not null)
            {
                request.Headers.TryAddWithoutValidation("Authorization", authorization);
            }

            using var response = await host.Client.Http.SendAsync(request);
            Record("Teams", "/api/messages", name, (int)response.StatusCode);
            Assert.True(expected == (int)response.StatusCode, $"{name}: {(int)response.StatusCode}");
        }

        using var huge = await host.Client.Http.PostAsync(
            new Uri("/api/messages", UriKind.Relative), new StringContent(new string(' ', 300 * 1024) + "{}", Encoding.UTF8, "application/json"));
        Record("Teams", "/api/messages", "body over 256 KB (before parsing or authentication)", (int)huge.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Empty(host.Connector.Requests);
        Assert.Empty(await host.Factory.Services.GetRequiredService<IConflictStore>().ListOpenAsync(WorkspaceId.ForTeams(TeamsClient.Tenant)));
        WriteTable();
    }

    [Fact]
    public async Task Slack_EveryBadSignature_Is401_OnEveryEndpoint_AndChangesNothing()
    {
        await using var host = await SlackHost.StartAsync(azurite.Server, new Dictionary<string, string?> { ["Digests:Enabled"] = "false" });
        var command = host.Client.CommandBody(SlackClient.Dev, "open \"Forged\" due 2099-12-15 scope X product <@U0ANA> project <@U0BEN>", "trigger-1");
        var endpoints = new (string Path, string Body, string ContentType)[]
        {
            ("/api/slack/commands", command, "application/x-www-form-urlencoded"),
            ("/api/slack/interactions", SlackClient.Form(new Dictionary<string, string> { ["payload"] = "{\"type\":\"block_actions\"}" }), "application/x-www-form-urlencoded"),
            ("/api/slack/events", SlackClient.MentionBody(SlackClient.Dev, "help", "EvAuth1").ToJsonString(), "application/json"),
        };
        var now = TimeProvider.System.GetUtcNow();
        foreach (var (path, body, contentType) in endpoints)
        {
            var stamp = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            var old = now.AddMinutes(-6).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            var future = now.AddMinutes(6).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            string Sign(string timestamp, string payload, string secret = SlackHost.SigningSecret) =>
                SlackSignature.Compute(secret, timestamp, Encoding.UTF8.GetBytes(payload));
            (string Case, string? Timestamp, string? Signature, string Body, int Expected)[] cases =
            [
                ("no signature headers", null, null, body, 401),
                ("timestamp without signature", stamp, null, body, 401),
                ("signature without timestamp", null, Sign(stamp, body), body, 401),
                ("signed with another secret", stamp, Sign(stamp, body, "another-secret"), body, 401),
                ("signature of another body", stamp, Sign(stamp, body + "&x=1"), body, 401),
                ("body changed after signing", stamp, Sign(stamp, body), body + " ", 401),
                ("timestamp 6 minutes old (replay)", old, Sign(old, body), body, 401),
                ("timestamp 6 minutes ahead", future, Sign(future, body), body, 401),
                ("timestamp not a number", "soon", Sign("soon", body), body, 401),
                ("signature version v1", stamp, "v1=" + Sign(stamp, body)[3..], body, 401),
                ("signature not hex", stamp, "v0=zz", body, 401),
            ];
            foreach (var (name, timestamp, signature, sent, expected) in cases)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new StringContent(sent, Encoding.UTF8, contentType) };
                if (timestamp is not null)
                {
                    request.Headers.Add(SlackSignatureVerifier.TimestampHeader, timestamp);
                }

                if (signature is not null)
                {
                    request.Headers.Add(SlackSignatureVerifier.SignatureHeader, signature);
                }

                using var response = await host.Client.Http.SendAsync(request);
                Record("Slack", path, name, (int)response.StatusCode);
                Assert.True(expected == (int)response.StatusCode, $"{path} {name}: {(int)response.StatusCode}");
            }

            using var huge = await host.Client.PostAsync(path, new string('a', 1024 * 1024 + 1), contentType);
            Record("Slack", path, "body over 1 MB (before the signature is checked)", (int)huge.StatusCode);
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        }

        await Task.Delay(200);
        Assert.Empty(host.Api.Calls);
        Assert.Empty(await host.Service<IConflictStore>().ListOpenAsync(WorkspaceId.ForSlack(SlackClient.Team)));
        WriteTable();
    }

    private static string Bearer(string token) => "Bearer " + token;

    private static void Record(string platform, string path, string name, int status)
    {
        lock (Rows)
        {
            Rows.Add($"| {platform} | `{path}` | {name} | {status} |");
        }
    }

    private static void WriteTable()
    {
        var path = RepositoryRoot.Combine("artifacts", "reliability", "auth-matrix.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        lock (Rows)
        {
            File.WriteAllLines(path, ["| platform | endpoint | request | status |", "|---|---|---|---:|", .. Rows.Order(StringComparer.Ordinal)]);
            ReliabilityFigures.Record("authMatrix", new { cases = Rows.Count });
        }
    }
}
