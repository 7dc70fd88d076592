using System.Text;
using BridgeBot.Domain.Application;
using BridgeBot.Domain.Commands;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Teams.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace BridgeBot.Bench.Scenarios;

/// <summary>
/// (2) Teams <c>Action.Execute</c> approvals on distinct conflicts: each is a state change (one transaction) plus a
/// refreshed card in the invoke answer plus an in-place update of the channel card at the connector.
/// </summary>
internal static class ApproveScenario
{
    private static readonly UserRef Ana = new("user-ana", "Ana Product");
    private static readonly UserRef Ben = new("user-ben", "Ben Project");

    public static async Task<TurnFigures> RunAsync(BenchHost host, BareEndpoint bare, int conflicts, int concurrency, HttpClient http)
    {
        await SeedAsync(host, conflicts);
        var bot = new Uri(host.BaseAddress, "/api/messages");
        var baseline = await LoadRunner.RunCountAsync(concurrency, conflicts, n => TeamsHelpScenario.PostAsync(http, bare.Url, TeamsActivities.Approve(host.Connector.ServiceUrl, n + 1, "bare-" + n), n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var updatesBefore = host.Connector.Updates;
        var result = await LoadRunner.RunCountAsync(concurrency, conflicts, async n =>
        {
            using var content = new StringContent(TeamsActivities.Approve(host.Connector.ServiceUrl, n + 1, "approve-" + n), Encoding.UTF8, "application/json");
            using var response = await http.PostAsync(bot, content);
            var body = await response.Content.ReadAsStringAsync();
            return response.IsSuccessStatusCode && body.Contains("Decided", StringComparison.Ordinal);
        });
        return new TurnFigures(baseline, result, conflicts, host.Connector.Updates - updatesBefore);
    }

    /// <summary>Conflicts R-1…R-n, each proposed by Ana and waiting for Ben, each with a channel card to update.</summary>
    private static async Task SeedAsync(BenchHost host, int count)
    {
        var service = host.Services.GetRequiredService<ConflictService>();
        var store = host.Services.GetRequiredService<IConversationStore>();
        var workspace = WorkspaceId.ForTeams(TeamsActivities.Tenant);
        const string Channel = "19:bench@thread.tacv2";
        var channelKey = TeamsKeys.Conversation(Channel + ";messageid=1");
        var reference = new System.Text.Json.Nodes.JsonObject
        {
            ["serviceUrl"] = host.Connector.ServiceUrl,
            ["channelId"] = "msteams",
            ["conversation"] = new System.Text.Json.Nodes.JsonObject { ["id"] = Channel + ";messageid=1", ["tenantId"] = TeamsActivities.Tenant },
            ["bot"] = new System.Text.Json.Nodes.JsonObject { ["id"] = "28:bench", ["name"] = "BridgeBot" },
        }.ToJsonString();
        await store.SaveConversationAsync(workspace, new ConversationAddress(channelKey, reference));
        var deadline = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(30);
        var reasoning = new ReasoningInput("Trials stall", "Shoppers wait", "12 trials", Severity.High, OptionKind.MoveDate, null);
        var context = new RequestContext(workspace, Channel, new UserRef("user-dev", "Dev"), null);
        using var gate = new SemaphoreSlim(8);
        await Task.WhenAll(Enumerable.Range(0, count).Select(async _ =>
        {
            await gate.WaitAsync();
            try
            {
                var id = (await service.OpenAsync(context, new OpenDraft("Bench release", deadline, ["SSO"], Ana, Ben))).Conflict!.Id;
                await service.SubmitReasoningAsync(context with { Actor = Ana }, id, reasoning);
                await service.SubmitReasoningAsync(context with { Actor = Ben }, id, reasoning);
                await service.ProposeAsync(context with { Actor = Ana }, id, new OptionInput(OptionKind.MoveDate, NewDate: deadline.AddDays(14)), "SSO first");
                await store.SaveCardAsync(workspace, id, new CardAddress(channelKey, "card-" + id.Number, null));
            }
            finally
            {
                gate.Release();
            }
        }));
    }
}
