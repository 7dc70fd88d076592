using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Host.Tests.Slack;
using BridgeBot.Host.Tests.Support;
using BridgeBot.Host.Tests.Teams;
using BridgeBot.Testing;
using BridgeBot.Testing.Azurite;
using BridgeBot.Testing.Reliability;
using Microsoft.AspNetCore.Hosting;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BridgeBot.Host.Tests.Reliability;

/// <summary>
/// Mutated Teams activities, Slack commands and interaction payloads — texts drawn by FsCheck from known-hostile pieces
/// and from its own string generator (any character: controls, lone surrogates, …), structure mutated by a seeded
/// random, so a failure replays — never a 5xx, never an unhandled exception, nothing stored from a forged request.
/// </summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Reliability")]
public class HostileInputTests(AzuriteFixture azurite)
{
    private const int CasesPerKind = 2500;

    private static readonly string[] Nasty =
    [
        "", " ", "\u0000", "\u0007\u001b[31m", "\ud800", "\uffff", "R-1/../R-2", "R-1\\x", "R-#1", "R-?1", "R-99999999999999",
        "<at>Ana</at>", "<!channel>", "<https://evil|click>", "*bold* _i_ ~s~ `code`", "<script>alert(1)</script>", "${{7*7}}",
        "' or 1 eq 1", "PartitionKey eq 'x'", "%00%2F%5C", "\"", "\\\"", "{\"$type\":\"x\"}", new string('x', 40_000),
        "open \"", "approve", "propose R-1 cut-scope", "propose R-1 move-date 1900-01-01", "digest at 25:99 Mars/Olympus",
        "reason R-1 \u202e", "open \"A\" due 2099-13-45 scope  product <at>x</at>", "😀😀😀", "\r\n\r\n", "null", "[]", "{}",
    ];

    [Fact]
    public async Task MutatedTeamsActivities_NeverA5xxNorAnUnhandledException()
    {
        var logs = new RecordingLoggerProvider();
        await using var host = await TeamsHost.StartAsync(
            azurite.Server,
            new Dictionary<string, string?> { ["Digests:Enabled"] = "false" },
            configure: builder => builder.ConfigureLogging(logging => logging.AddProvider(logs)));
        var random = new Random(8);
        var statuses = new SortedDictionary<int, int>();

        for (var index = 0; index < CasesPerKind; index++)
        {
            var activity = index % 2 == 0
                ? host.Client.Channel(TeamsClient.Dev, Pick(random) + " " + Pick(random), TeamsClient.Ana)
                : host.Client.CardAction(TeamsClient.Ben, "card-1", Pick(random), new JsonObject { ["conflictId"] = Pick(random), ["proposal"] = Pick(random) });
            var body = Mutate(activity, random);
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new("application/json");
            using var response = await host.Client.Http.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
            Tally(statuses, response);
        }

        var unhandled = Unhandled(logs);
        ReliabilityFigures.Record("hostile.teams", new { cases = CasesPerKind, statuses, errorsLogged = unhandled.Length });
        Assert.True(unhandled.Length == 0, string.Join("\n", unhandled.Distinct()));

        // 501 is not a failure: it is the Bot Framework's answer to an invoke whose name no handler knows (a mutated name).
        Assert.DoesNotContain(statuses.Keys, status => status >= 500 && status != 501);
    }

    [Fact]
    public async Task MutatedSlackRequests_SignedNeverA5xx_UnsignedRefusedAndNothingStored()
    {
        var logs = new RecordingLoggerProvider();
        await using var host = await SlackHost.StartAsync(
            azurite.Server,
            new Dictionary<string, string?> { ["Digests:Enabled"] = "false" },
            services: services => services.AddSingleton<ILoggerProvider>(logs));
        var random = new Random(11);
        var signed = new SortedDictionary<int, int>();
        var unsigned = new SortedDictionary<int, int>();
        var (ana, ben) = (SlackClient.Ana, SlackClient.Ben);

        for (var index = 0; index < CasesPerKind; index++)
        {
            var text = Pick(random) + " " + Pick(random);
            var command = host.Client.CommandBody(index % 2 == 0 ? ana : ben, text, "trigger-" + index);
            var payload = new JsonObject
            {
                ["type"] = random.Next(3) switch { 0 => "block_actions", 1 => "view_submission", _ => Pick(random) },
                ["team"] = new JsonObject { ["id"] = random.Next(4) == 0 ? Pick(random) : SlackClient.Team },
                ["user"] = new JsonObject { ["id"] = ben.Id, ["name"] = Pick(random) },
                ["trigger_id"] = "t-" + index,
                ["actions"] = new JsonArray(new JsonObject { ["action_id"] = Pick(random), ["value"] = Pick(random) }),
                ["view"] = new JsonObject { ["callback_id"] = Pick(random), ["private_metadata"] = Pick(random), ["state"] = new JsonObject { ["values"] = Pick(random) } },
            };
            var interaction = SlackClient.Form(new Dictionary<string, string> { ["payload"] = Encoding.UTF8.GetString(Mutate(payload, random)) });
            foreach (var (path, body) in new[] { ("/api/slack/commands", command), ("/api/slack/interactions", interaction) })
            {
                using var good = await host.Client.PostAsync(path, body, "application/x-www-form-urlencoded");
                Tally(signed, good);
            }

            using var forged = await host.Client.PostAsync("/api/slack/commands", SlackClient.Form(new Dictionary<string, string>
            {
                ["team_id"] = "T0FORGED", ["channel_id"] = "C1", ["user_id"] = ana.Id, ["text"] = $"open \"Forged {index}\" due 2099-12-15 scope X product <@{ana.Id}> project <@{ben.Id}>",
            }), "application/x-www-form-urlencoded", secret: index % 2 == 0 ? "wrong-secret" : SlackHost.SigningSecret + "x");
            Tally(unsigned, forged);
        }

        var forgedStored = await host.Service<IConflictStore>().ListOpenAsync(WorkspaceId.ForSlack("T0FORGED"));
        var unhandled = Unhandled(logs);
        ReliabilityFigures.Record("hostile.slack", new
        {
            signedCases = 2 * CasesPerKind,
            signedStatuses = signed,
            forgedCases = CasesPerKind,
            forgedStatuses = unsigned,
            forgedStored = forgedStored.Count,
            errorsLogged = unhandled.Length,
        });
        Assert.True(unhandled.Length == 0, string.Join("\n", unhandled.Distinct()));
        Assert.DoesNotContain(signed.Keys, status => status >= 500);
        Assert.Equal([(int)HttpStatusCode.Unauthorized], unsigned.Keys);
        Assert.Empty(forgedStored);
    }

    /// <summary>Errors logged, with the exception's type, message and the first BridgeBot frame, so a failure names its cause.</summary>
    private static string[] Unhandled(RecordingLoggerProvider logs) =>
        logs.Logs.Where(log => log.Level >= LogLevel.Error)
            .Select(log => $"{log.Category}: {log.Message} {log.Exception?.GetType().Name}: {log.Exception?.Message} @ "
                + log.Exception?.StackTrace?.Split('\n').FirstOrDefault(line => line.Contains("BridgeBot", StringComparison.Ordinal)))
            .ToArray();

    /// <summary>Texts to put anywhere: hostile pieces, FsCheck's arbitrary strings, and pairs of both.</summary>
    private static readonly string[] Texts = Gen.Sample(
        Gen.Frequency(
            (3, Gen.Elements(Nasty)),
            (2, ArbMap.Default.GeneratorFor<string>().Where(text => text is not null)),
            (1, Gen.Elements(Nasty).Zip(ArbMap.Default.GeneratorFor<string>().Where(text => text is not null), (piece, text) => piece + text))),
        60,
        new Rnd(2026),
        4000);

    private static void Tally(SortedDictionary<int, int> statuses, HttpResponseMessage response) =>
        statuses[(int)response.StatusCode] = statuses.GetValueOrDefault((int)response.StatusCode) + 1;

    private static string Pick(Random random) => Texts[random.Next(Texts.Length)];

    /// <summary>One of: drop a field, change its type, nest it deeply, make it huge, or break the bytes (invalid UTF-8, truncation).</summary>
    private static byte[] Mutate(JsonObject json, Random random)
    {
        var keys = json.Select(pair => pair.Key).ToArray();
        var key = keys[random.Next(keys.Length)];
        switch (random.Next(7))
        {
            case 0:
                json.Remove(key);
                break;
            case 1:
                json[key] = random.Next(3) switch { 0 => JsonValue.Create(random.Next()), 1 => new JsonArray(Pick(random)), _ => JsonValue.Create(Pick(random)) };
                break;
            case 2:
                JsonNode deep = JsonValue.Create("bottom")!;
                for (var depth = 0; depth < 70; depth++)
                {
                    deep = new JsonObject { ["x"] = deep };
                }

                json[key] = deep;
                break;
            case 3:
                json[key] = new string('y', random.Next(1_000, 300_000));
                break;
            case 4:
                var bytes = Encoding.UTF8.GetBytes(json.ToJsonString());
                bytes[random.Next(bytes.Length)] = 0xC3; // a lead byte with no continuation: invalid UTF-8
                return bytes;
            case 5:
                var whole = Encoding.UTF8.GetBytes(json.ToJsonString());
                return whole[..random.Next(whole.Length)];
            default:
                json[key] = JsonValue.Create(Pick(random));
                break;
        }

        return Encoding.UTF8.GetBytes(json.ToJsonString());
    }
}
