using System.Net;
using System.Text.Json.Nodes;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Events;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Host.Tests.Support;
using BridgeBot.Teams.Cards;
using BridgeBot.Testing.Azurite;
using Microsoft.Extensions.DependencyInjection;
using static BridgeBot.Host.Tests.Teams.TeamsClient;

namespace BridgeBot.Host.Tests.Teams;

[Collection(AzuriteCollection.Name)]
public class TeamsFlowTests(AzuriteFixture azurite)
{
    // The host runs on the real clock, so dates are relative to today: a fixed date would be in the past one day.
    private static readonly DateOnly Deadline = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(30);
    private static readonly string NewDate = Deadline.AddDays(26).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    private static readonly string OpenText =
        $"open \"Checkout 2.4\" due {Deadline:yyyy-MM-dd} scope \"SSO, audit export\" product <at>Ana Product</at> project <at>Ben Project</at>";

    private static readonly WorkspaceId Workspace = WorkspaceId.ForTeams(Tenant);

    [Fact]
    public async Task Help_InPersonalChat_RepliesWithTheCommandsCard()
    {
        await using var host = await TeamsHost.StartAsync(azurite.Server);

        var response = await host.Client.SendAsync(host.Client.Personal(Dev, "help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await host.Connector.WaitForAsync("reply", 1));
        Assert.Equal("personal-user-dev", reply.ConversationId);
        Assert.Contains("propose R-42 move-date 2027-01-10", reply.CardText);
        Assert.Equal(string.Empty, reply.Authorization);
    }

    [Fact]
    public async Task Open_InChannelWithMentions_PostsTheCardAndAsksBothManagersPrivately()
    {
        await using var host = await TeamsHost.StartAsync(azurite.Server);

        var response = await host.Client.SendAsync(host.Client.Channel(Dev, OpenText, Ana, Ben));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = Assert.Single(host.Connector.Of("reply"));
        Assert.Equal(ChannelThread, card.ConversationId);
        Assert.Contains("Checkout 2.4", card.CardText);
        Assert.Equal(["user-ana", "user-ben"], RefreshIds(card.Card));
        Assert.Equal(["user-ana", "user-ben"], host.Connector.Of("create").Select(c => c.ConversationId).Order());
        var requests = host.Connector.Of("send");
        Assert.Equal(["a:dm-user-ana", "a:dm-user-ben"], requests.Select(r => r.ConversationId).Order());
        Assert.All(requests, request => Assert.Contains(CardVerbs.SubmitReasoning, request.Card!.ToJsonString()));
        var cards = await Store<IConversationStore>(host).ListCardsAsync(Workspace, new ConflictId(1));
        Assert.Equal(3, cards.Count);
    }

    [Fact]
    public async Task Open_ManagerUnreachablePrivately_SaysSoAndKeepsTheirFormOnTheCard()
    {
        await using var host = await TeamsHost.StartAsync(azurite.Server);
        host.Connector.Unreachable.Add(Ben.Id);

        await host.Client.SendAsync(host.Client.Channel(Dev, OpenText, Ana, Ben));

        var replies = host.Connector.Of("reply");
        Assert.Equal(2, replies.Count);
        Assert.Contains("could not message Ben Project privately", replies[1].CardText);
        Assert.Contains("user-ben", RefreshIds(replies[0].Card));
        Assert.Single(host.Connector.Of("send"));
    }

    [Fact]
    public async Task Open_SavedChatFromAnotherServiceUrl_AsksTeamsForTheChatAgain()
    {
        await using var host = await TeamsHost.StartAsync(azurite.Server);
        var stale = "{\"serviceUrl\":\"http://127.0.0.1:9/_connector\",\"conversation\":{\"id\":\"a:old-ben\"}}";
        await Store<IConversationStore>(host).SaveConversationAsync(Workspace, new ConversationAddress("teams:user:" + Ben.Id, stale));

        await host.Client.SendAsync(host.Client.Channel(Dev, OpenText, Ana, Ben));

        Assert.Contains(host.Connector.Of("create"), create => create.ConversationId == Ben.Id);
        Assert.Contains(host.Connector.Of("send"), send => send.ConversationId == "a:dm-user-ben");
        Assert.Single(host.Connector.Of("reply"));
    }

    [Fact]
    public async Task Open_SavedChatGone_AsksTeamsForTheChatAgain()
    {
        await using var host = await TeamsHost.StartAsync(azurite.Server);
        var gone = $"{{\"serviceUrl\":\"{host.Connector.ServiceUrl}\",\"conversation\":{{\"id\":\"a:gone-ben\"}}}}";
        await Store<IConversationStore>(host).SaveConversationAsync(Workspace, new ConversationAddress("teams:user:" + Ben.Id, gone));
        host.Connector.Gone.Add("a:gone-ben");

        await host.Client.SendAsync(host.Client.Channel(Dev, OpenText, Ana, Ben));

        Assert.Contains(host.Connector.Of("send"), send => send.ConversationId == "a:gone-ben");
        Assert.Contains(host.Connector.Of("send"), send => send.ConversationId == "a:dm-user-ben" && send.AssignedId is not null);
        Assert.Single(host.Connector.Of("reply"));
    }

    [Fact]
    public async Task CardCopyGone_IsForgottenAfterOneFailedUpdate()
    {
        await using var host = await TeamsHost.StartAsync(azurite.Server);
        await host.Client.SendAsync(host.Client.Channel(Dev, OpenText, Ana, Ben));
        var cardId = host.Connector.Of("reply")[0].AssignedId!;
        host.Connector.Gone.Add("a:dm-user-ana");

        await Invoke(host, Ana, cardId, CardVerbs.SubmitReasoning, Reasoning("Trials stall", "move-date"));
        var copiesAfterFirst = await Store<IConversationStore>(host).ListCardsAsync(Workspace, new ConflictId(1));
        var attemptsAfterFirst = host.Connector.Of("update").Count(u => u.ConversationId == "a:dm-user-ana");
        await Invoke(host, Ben, cardId, CardVerbs.SubmitReasoning, Reasoning("Nobody misses audit", "hold-date"));

        Assert.Equal(2, copiesAfterFirst.Count);
        Assert.Equal(1, attemptsAfterFirst);
        Assert.Equal(1, host.Connector.Of("update").Count(u => u.ConversationId == "a:dm-user-ana"));
    }

    [Fact]
    public async Task OpenForm_ManagerUnreachable_TheOpenerIsTold()
    {
        await using var host = await TeamsHost.StartAsync(azurite.Server);
        host.Connector.Unreachable.Add(Ben.Id);
        host.Connector.Members.AddRange([(Ana.Id, Ana.Name), (Ben.Id, Ben.Name)]);
        await host.Client.SendAsync(host.Client.Channel(Ana, "open"));
        var formId = host.Connector.Of("reply")[0].AssignedId!;

        var answer = await Invoke(host, Ana, formId, CardVerbs.SubmitOpen, new JsonObject
        {
            [CardInputIds.Open.Release] = "Checkout 2.4",
            [CardInputIds.Open.Deadline] = Deadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            [CardInputIds.Open.Scope] = "SSO, audit export",
            [CardInputIds.Open.ProductManager] = Ana.Id,
            [CardInputIds.Open.ProjectManager] = Ben.Id,
        });

        Assert.Contains("could not message Ben Project privately", CardTexts.Of(answer["value"]!));
        Assert.Contains("Checkout 2.4", CardTexts.Of(answer["value"]!));
    }

    [Fact]
    public async Task FullFlow_WithCardActions_DecidesAndUpdatesTheChannelCard()
    {
        await using var host = await TeamsHost.StartAsync(azurite.Server);
        await host.Client.SendAsync(host.Client.Channel(Dev, OpenText, Ana, Ben));
        var cardId = host.Connector.Of("reply")[0].AssignedId!;

        var anaReason = await Invoke(host, Ana, cardId, CardVerbs.SubmitReasoning, Reasoning("Enterprise trials stall without SSO", "move-date"));
        var benReason = await Invoke(host, Ben, cardId, CardVerbs.SubmitReasoning, Reasoning("Nobody misses audit export for a month", "hold-date"));
        var proposal = await Invoke(host, Ana, cardId, CardVerbs.SubmitProposal, new JsonObject
        {
            [CardDataKeys.ConflictId] = "R-1",
            [OptionFormIds.Propose.OptionKind] = "move-date",
            [OptionFormIds.Propose.NewDate] = NewDate,
            [OptionFormIds.Propose.Rationale] = "Enterprise customers need SSO on day one",
        });
        var approval = await Invoke(host, Ben, cardId, CardVerbs.Approve, new JsonObject { [CardDataKeys.ConflictId] = "R-1", [CardDataKeys.Proposal] = 1 });

        Assert.All([anaReason, benReason, proposal, approval], answer => Assert.Equal(200, answer["statusCode"]!.GetValue<int>()));
        Assert.Equal(CardJson.ContentType, approval["type"]!.GetValue<string>());
        Assert.Contains("Decided", CardTexts.Of(approval["value"]!));
        var lastUpdate = host.Connector.Of("update").Last(u => u.ActivityId == cardId);
        Assert.Contains("Move the date to " + NewDate, lastUpdate.CardText);
        var log = await Store<IConflictStore>(host).ReadLogAsync(Workspace, new ConflictId(1));
        Assert.Equal(
            [typeof(ConflictOpened), typeof(ReasoningSubmitted), typeof(ReasoningSubmitted), typeof(ProposalMade), typeof(ProposalApproved), typeof(ConflictDecided)],
            log.Select(entry => entry.GetType()));
    }

    [Fact]
    public async Task CardAction_ByBystander_IsRefusedInTheirOwnViewAndChangesNothing()
    {
        await using var host = await TeamsHost.StartAsync(azurite.Server);
        await host.Client.SendAsync(host.Client.Channel(Dev, OpenText, Ana, Ben));
        var cardId = host.Connector.Of("reply")[0].AssignedId!;
        var updatesBefore = host.Connector.Of("update").Count;

        var answer = await Invoke(host, Carol, cardId, CardVerbs.SubmitReasoning, Reasoning("I am not a manager", "other"));

        Assert.Equal(200, answer["statusCode"]!.GetValue<int>());
        Assert.Contains("managers of R-1", CardTexts.Of(answer["value"]!));
        Assert.Single(await Store<IConflictStore>(host).ReadLogAsync(Workspace, new ConflictId(1)));
        Assert.Equal(updatesBefore, host.Connector.Of("update").Count);
    }

    [Fact]
    public async Task Refresh_ByManager_AnswersTheirOwnViewWithTheirForm()
    {
        await using var host = await TeamsHost.StartAsync(azurite.Server);
        await host.Client.SendAsync(host.Client.Channel(Dev, OpenText, Ana, Ben));
        var cardId = host.Connector.Of("reply")[0].AssignedId!;

        var forAna = await Invoke(host, Ana, cardId, CardVerbs.Refresh, new JsonObject { [CardDataKeys.ConflictId] = "R-1" });
        var forCarol = await Invoke(host, Carol, cardId, CardVerbs.Refresh, new JsonObject { [CardDataKeys.ConflictId] = "R-1" });

        Assert.Contains(CardVerbs.SubmitReasoning, forAna["value"]!.ToJsonString());
        Assert.DoesNotContain(CardVerbs.SubmitReasoning, forCarol["value"]!.ToJsonString());
    }

    [Fact]
    public async Task Message_RedeliveredWithTheSameId_IsAnsweredOnce()
    {
        await using var host = await TeamsHost.StartAsync(azurite.Server);
        var open = host.Client.Personal(Dev, OpenText.Replace("<at>Ana Product</at>", "<@user-ana|Ana>").Replace("<at>Ben Project</at>", "<@user-ben|Ben>"), id: "same-id");

        await host.Client.SendAsync(open);
        await host.Client.SendAsync(open);

        Assert.Single(host.Connector.Of("reply"));
        Assert.Single(await Store<IConflictStore>(host).ListOpenAsync(Workspace));
    }

    [Fact]
    public async Task Command_WithAMistake_RepliesWhatWasWrongAndAnExample()
    {
        await using var host = await TeamsHost.StartAsync(azurite.Server);

        await host.Client.SendAsync(host.Client.Personal(Dev, "approve banana"));

        var reply = Assert.Single(await host.Connector.WaitForAsync("reply", 1));
        Assert.Contains("not a conflict id", reply.CardText);
        Assert.Contains("approve R-42", reply.CardText);
    }

    [Theory]
    [InlineData("{not json", 400)]
    [InlineData("{\"text\":\"no type\"}", 400)]
    [InlineData("{\"type\":\"typing\",\"id\":\"1\"}", 200)]
    [InlineData("{\"type\":\"message\",\"id\":\"1\",\"text\":\"help\",\"serviceUrl\":\"not a url\",\"from\":{\"id\":\"u\"},\"conversation\":{\"id\":\"c\"}}", 200)]
    [InlineData("{\"type\":\"invoke\",\"name\":\"adaptiveCard/action\",\"id\":\"1\",\"serviceUrl\":\"ftp://x/\",\"from\":{\"id\":\"u\"},\"conversation\":{\"id\":\"c\"}}", 400)]
    [InlineData("{\"type\":\"invoke\",\"name\":\"adaptiveCard/action\",\"id\":\"1\",\"serviceUrl\":\"https://smba.example/\",\"from\":{\"id\":\"u\"},\"conversation\":{\"id\":\"c\"},\"value\":{\"action\":{\"verb\":7}}}", 200)] // the card error travels in the invoke body
    public async Task Endpoint_MalformedOrUnusedActivities_AnswerWithoutProcessing(string body, int status)
    {
        await using var host = await TeamsHost.StartAsync(azurite.Server);
        using var client = host.Factory.CreateClient();

        var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Empty(host.Connector.Requests);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("replyToId")]
    [InlineData("conversation")]
    [InlineData("from")]
    public async Task Endpoint_IdTooLongToAnswer_IsIgnoredWithoutCallingTheConnector(string field)
    {
        await using var host = await TeamsHost.StartAsync(azurite.Server);
        var tooLong = new string('é', (BridgeBot.Teams.Turns.TeamsTurn.MaxIdBytes / 2) + 1); // 1,026 bytes, 513 characters
        var message = host.Client.Personal(Dev, "help");
        var invoke = host.Client.CardAction(Ana, "card-1", "refresh", [], inChannel: false);
        foreach (var activity in new[] { message, invoke })
        {
            if (field is "conversation" or "from")
            {
                activity[field]!["id"] = tooLong;
            }
            else
            {
                activity[field] = tooLong;
            }
        }

        var messageResponse = await host.Client.SendAsync(message);
        var invokeResponse = await host.Client.SendAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, messageResponse.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invokeResponse.StatusCode);
        Assert.Empty(host.Connector.Requests);
    }

    [Fact]
    public async Task Message_WithEveryIdAsLongAsAllowed_IsAnswered()
    {
        await using var host = await TeamsHost.StartAsync(azurite.Server);
        var longest = new string('é', BridgeBot.Teams.Turns.TeamsTurn.MaxIdBytes / 2); // 1,024 bytes; escaped in a URL, 3,072 characters
        var message = host.Client.Personal(Dev, "help", id: longest);
        message["conversation"]!["id"] = longest;
        message["from"]!["id"] = longest;

        var response = await host.Client.SendAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await host.Connector.WaitForAsync("reply", 1));
        Assert.Equal(longest, reply.ConversationId);
        Assert.Equal(longest, reply.ActivityId);
    }

    [Fact]
    public async Task Endpoint_UnknownInvoke_Is501()
    {
        await using var host = await TeamsHost.StartAsync(azurite.Server);
        var invoke = host.Client.CardAction(Ana, "1", "approve", []);
        invoke["name"] = "task/fetch";

        var response = await host.Client.SendAsync(invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Endpoint_OversizedBody_Is413()
    {
        await using var host = await TeamsHost.StartAsync(azurite.Server);
        var activity = host.Client.Personal(Dev, new string('x', 300_000));

        var response = await host.Client.SendAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(host.Connector.Requests);
    }

    [Fact]
    public async Task Endpoint_WithAppIdAndNoToken_Is401AndProcessesNothing()
    {
        await using var host = await TeamsHost.StartAsync(azurite.Server, new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
            ["MicrosoftAppPassword"] = "not-used",
        });

        var response = await host.Client.SendAsync(host.Client.Personal(Dev, "help"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Connector.Requests);
    }

    private static async Task<JsonNode> Invoke(TeamsHost host, (string Id, string Name) from, string cardId, string verb, JsonObject data)
    {
        var response = await host.Client.SendAsync(host.Client.CardAction(from, cardId, verb, data));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static JsonObject Reasoning(string holds, string prefer) => new()
    {
        [CardDataKeys.ConflictId] = "R-1",
        [ReasoningInput.Fields.ImpactIfDateHolds] = holds,
        [ReasoningInput.Fields.ImpactIfDateMoves] = "Shoppers wait longer for the faster checkout",
        [ReasoningInput.Fields.AffectedCustomers] = "12 enterprise trials",
        [ReasoningInput.Fields.Severity] = "high",
        [ReasoningInput.Fields.PreferredOption] = prefer,
    };

    private static T Store<T>(TeamsHost host)
        where T : notnull => host.Factory.Services.GetRequiredService<T>();

    private static string[] RefreshIds(JsonNode? card) =>
        card?["refresh"]?["userIds"]?.AsArray().Select(id => id!.GetValue<string>()).Order().ToArray() ?? [];
}
