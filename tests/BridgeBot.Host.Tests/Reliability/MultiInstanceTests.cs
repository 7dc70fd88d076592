using BridgeBot.Domain.Application;
using BridgeBot.Domain.Commands;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Events;
using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Host.Tests.Support;
using BridgeBot.Host.Tests.Teams;
using BridgeBot.Testing.Azurite;
using BridgeBot.Testing.Reliability;
using Microsoft.Extensions.DependencyInjection;

namespace BridgeBot.Host.Tests.Reliability;

/// <summary>Three instances of the host on one table, used at once: no decision lost, none made twice.</summary>
[Collection(AzuriteCollection.Name)]
[Trait("Category", "Reliability")]
public class MultiInstanceTests(AzuriteFixture azurite)
{
    private const int Conflicts = 20;
    private static readonly DateOnly Deadline = Deadlines.InAMonth;
    private static readonly WorkspaceId Workspace = WorkspaceId.ForTeams(TeamsClient.Tenant);
    private static readonly UserRef Ana = new(TeamsClient.Ana.Id, TeamsClient.Ana.Name);
    private static readonly UserRef Ben = new(TeamsClient.Ben.Id, TeamsClient.Ben.Name);

    [Fact]
    public async Task ThreeInstances_ApprovingEveryConflictAtOnce_DecideEachExactlyOnce()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Digests:Enabled"] = "false",
            ["Storage:TableName"] = AzuriteFixture.UniqueTableName("three"),
        };
        await using var first = await TeamsHost.StartAsync(azurite.Server, settings);
        await using var second = await TeamsHost.StartAsync(azurite.Server, settings);
        await using var third = await TeamsHost.StartAsync(azurite.Server, settings);
        TeamsHost[] instances = [first, second, third];
        var service = first.Factory.Services.GetRequiredService<ConflictService>();
        var ids = new List<ConflictId>();
        for (var index = 1; index <= Conflicts; index++)
        {
            var context = new RequestContext(Workspace, "19:general@thread.tacv2", new UserRef(TeamsClient.Dev.Id, TeamsClient.Dev.Name), null);
            var opened = await service.OpenAsync(context, new OpenDraft($"Three {index}", Deadline, ["SSO"], Ana, Ben));
            var id = opened.Conflict!.Id;
            var reasoning = new ReasoningInput("Trials stall", "Shoppers wait", "12 trials", Severity.High, OptionKind.MoveDate, null);
            await service.SubmitReasoningAsync(context with { Actor = Ana }, id, reasoning);
            await service.SubmitReasoningAsync(context with { Actor = Ben }, id, reasoning);
            await service.ProposeAsync(context with { Actor = Ana }, id, new OptionInput(OptionKind.MoveDate, NewDate: Deadline.AddDays(20)), "SSO first");
            ids.Add(id);
        }

        // Ben approves every conflict from all three instances at once (three clicks, three requests).
        var responses = await Task.WhenAll(ids.SelectMany(id => instances.Select(instance =>
            instance.Client.SendAsync(instance.Client.Channel(TeamsClient.Ben, $"approve {id}")))));

        var store = first.Factory.Services.GetRequiredService<IConflictStore>();
        var decided = 0;
        var decisionsLogged = 0;
        var inconsistent = 0;
        foreach (var id in ids)
        {
            var conflict = (await store.GetAsync(Workspace, id))!.Conflict;
            var log = await store.ReadLogAsync(Workspace, id);
            decided += conflict.State == ConflictState.Decided ? 1 : 0;
            decisionsLogged += log.OfType<ConflictDecided>().Count();
            inconsistent += log.Count == conflict.Version && log.OfType<ProposalApproved>().Count() == 1 ? 0 : 1;
        }

        var decisionRows = await store.ListDecisionsAsync(Workspace, 100);
        ReliabilityFigures.Record("multiInstance.decisions", new
        {
            instances = instances.Length,
            conflicts = Conflicts,
            approvalRequests = responses.Length,
            decided,
            decisionsLogged,
            decisionRows = decisionRows.Count,
            inconsistent,
        });
        Assert.All(responses, response => Assert.True(response.IsSuccessStatusCode));
        Assert.Equal(Conflicts, decided);
        Assert.Equal(Conflicts, decisionsLogged);
        Assert.Equal(Conflicts, decisionRows.Count);
        Assert.Equal(0, inconsistent);
    }
}
