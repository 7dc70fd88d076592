using System.Text.Json.Nodes;
using BridgeBot.Domain.Views;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Teams.Cards;
using BridgeBot.Teams.Tests.Cards.Support;
using static BridgeBot.Teams.Tests.Cards.Support.CardPeople;

namespace BridgeBot.Teams.Tests.Cards;

public sealed class ConflictCardTests
{
    private static readonly (ConflictActions Action, string Verb)[] VerbOfAction =
    [
        (ConflictActions.SubmitReasoning, CardVerbs.SubmitReasoning),
        (ConflictActions.Propose, CardVerbs.SubmitProposal),
        (ConflictActions.Approve, CardVerbs.Approve),
        (ConflictActions.Reject, CardVerbs.Reject),
        (ConflictActions.Escalate, CardVerbs.Escalate),
        (ConflictActions.Withdraw, CardVerbs.Withdraw),
        (ConflictActions.Reopen, CardVerbs.Reopen),
        (ConflictActions.DecideAsApprover, CardVerbs.Decide),
    ];

    public static TheoryData<string> StoryNames => new(AllStories.Keys);

    private static IReadOnlyDictionary<string, Func<ConflictStory>> AllStories => Stories.ByState;

    [Theory]
    [MemberData(nameof(StoryNames))]
    public void Render_DrawsExactlyTheViewsActions_ForEveryViewer(string story)
    {
        var conflict = AllStories[story]();
        foreach (var viewer in new[] { Ana, Ben, Carol, Dev, Eve })
        {
            var view = conflict.ViewFor(viewer);
            var card = ConflictCard.Render(view);

            var expected = VerbOfAction.Where(pair => view.Can(pair.Action)).Select(pair => pair.Verb).Order(StringComparer.Ordinal);
            Assert.Equal(expected, CardQuery.Verbs(card).Order(StringComparer.Ordinal));
            Assert.InRange(CardQuery.ButtonTitles(card).Count, 0, 5);
        }
    }

    [Fact]
    public void Render_OtherManagerOnProposal_SeesApproveAndRejectForThatProposal()
    {
        var card = ConflictCard.Render(Stories.Proposed().ViewFor(Ben));

        Assert.Equal(["Approve #1", "Reject #1", "Counter-propose", "Escalate", "Withdraw"], CardQuery.ButtonTitles(card));
        var (approve, inputs) = CardQuery.Form(card, CardVerbs.Approve);
        Assert.Empty(inputs);
        Assert.Equal(1, (int)approve["data"]![CardDataKeys.Proposal]!);
        var (reject, reason) = CardQuery.Form(card, CardVerbs.Reject);
        Assert.Equal(1, (int)reject["data"]![CardDataKeys.Proposal]!);
        Assert.Equal(CardInputIds.RejectReason, (string)Assert.Single(reason)["id"]!);
    }

    [Fact]
    public void Render_Proposer_SeesNoApproveOrReject()
    {
        var card = ConflictCard.Render(Stories.Proposed().ViewFor(Ana));

        Assert.DoesNotContain(CardVerbs.Approve, CardQuery.Verbs(card));
        Assert.DoesNotContain(CardVerbs.Reject, CardQuery.Verbs(card));
        Assert.Equal(["Counter-propose", "Escalate", "Withdraw"], CardQuery.ButtonTitles(card));
    }

    [Theory]
    [MemberData(nameof(StoryNames))]
    public void Render_Bystander_SeesStatusOnly(string story)
    {
        var card = ConflictCard.Render(AllStories[story]().ViewFor(Eve));

        Assert.Null(card["actions"]);
        Assert.DoesNotContain(CardQuery.Objects(card), obj => ((string?)obj["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true);
        Assert.Contains(AllStories[story]().ViewFor(Eve).StatusLine, CardQuery.RunTexts(card));
    }

    [Fact]
    public void Render_Refresh_GoesToBothManagers()
    {
        var card = ConflictCard.Render(Stories.Proposed().ViewFor(Eve));

        var refresh = card["refresh"]!;
        Assert.Equal("Action.Execute", (string)refresh["action"]!["type"]!);
        Assert.Equal(CardVerbs.Refresh, (string)refresh["action"]!["verb"]!);
        Assert.Equal("R-42", (string)refresh["action"]!["data"]![CardDataKeys.ConflictId]!);
        Assert.Equal([Ana.Id, Ben.Id], UserIds(card));
    }

    [Fact]
    public void Render_Refresh_AddsTheApproverWhileEscalated()
    {
        Assert.Equal([Ana.Id, Ben.Id, Carol.Id], UserIds(ConflictCard.Render(Stories.Escalated().ViewFor(Eve))));
        Assert.Equal([Ana.Id, Ben.Id], UserIds(ConflictCard.Render(Stories.Decided().ViewFor(Carol))));
    }

    [Theory]
    [MemberData(nameof(StoryNames))]
    public void Render_EveryAction_SaysWhichConflictAndVersion(string story)
    {
        var conflict = AllStories[story]();
        foreach (var viewer in new[] { Ana, Ben, Carol, Dev })
        {
            var card = ConflictCard.Render(conflict.ViewFor(viewer));
            foreach (var action in CardQuery.OfType(card, "Action.Execute").Where(action => (string?)action["verb"] != CardVerbs.Refresh))
            {
                Assert.Equal("R-42", (string)action["data"]![CardDataKeys.ConflictId]!);
                Assert.Equal(conflict.Conflict.Version, (int)action["data"]![CardDataKeys.Version]!);
            }
        }
    }

    [Fact]
    public void Render_Blind_ShowsOtherManagerThatReasoningIsInButNotWhatItSays()
    {
        var story = Stories.Blind();

        foreach (var viewer in new[] { Ben, Eve, Carol })
        {
            var json = CardJson.Serialize(ConflictCard.Render(story.ViewFor(viewer)));
            Assert.DoesNotContain(Stories.ProductReasoning.ImpactIfDateHolds!, json, StringComparison.Ordinal);
            Assert.DoesNotContain(Stories.ProductReasoning.Notes!, json, StringComparison.Ordinal);
            Assert.Contains("Submitted — hidden until both managers have submitted", json, StringComparison.Ordinal);
        }

        var author = ConflictCard.Render(story.ViewFor(Ana));
        Assert.Contains(Stories.ProductReasoning.ImpactIfDateHolds!, CardQuery.RunTexts(author));
        Assert.Contains("Waiting for ", CardQuery.RunTexts(author));
    }

    [Fact]
    public void Render_AuthorRevisingReasoning_FindsTheFormFilledIn()
    {
        var card = ConflictCard.Render(Stories.Blind().ViewFor(Ana));

        Assert.Contains("Revise your reasoning", CardQuery.ButtonTitles(card));
        var (_, inputs) = CardQuery.Form(card, CardVerbs.SubmitReasoning);
        var values = inputs.ToDictionary(input => (string)input["id"]!, input => (string?)input["value"]);
        Assert.Equal(Stories.ProductReasoning.ImpactIfDateHolds, values[Domain.Conflicts.ReasoningInput.Fields.ImpactIfDateHolds]);
        Assert.Equal("high", values[Domain.Conflicts.ReasoningInput.Fields.Severity]);
        Assert.Equal("move-date", values[Domain.Conflicts.ReasoningInput.Fields.PreferredOption]);
    }

    [Fact]
    public void Render_Escalated_LetsTheApproverConfirmTheProposalOrChooseAnOption()
    {
        var card = ConflictCard.Render(Stories.Escalated().ViewFor(Carol));

        Assert.Equal(["Decide"], CardQuery.ButtonTitles(card));
        var (_, inputs) = CardQuery.Form(card, CardVerbs.Decide);
        var kind = inputs.Single(input => (string?)input["id"] == CardInputIds.Decide.OptionKind);
        Assert.Equal(CardInputIds.Decide.ConfirmProposal, (string)kind["value"]!);
        Assert.Equal(["confirm", "hold-date", "move-date", "phased", "other"], kind["choices"]!.AsArray().Select(choice => (string)choice!["value"]!));
        Assert.True((bool)inputs.Single(input => (string?)input["id"] == CardInputIds.Decide.Rationale)["isRequired"]!);
    }

    [Fact]
    public void Render_Superseded_ShowsBothDecisionsAndWhatChanged()
    {
        var card = ConflictCard.Render(Stories.Superseded().ViewFor(Eve));

        var table = Assert.Single(CardQuery.OfType(card, "Table"));
        var runs = CardQuery.RunTexts(table);
        Assert.Equal(["Option", "Move the date", "Hold the date, cut scope", "Scope left out", "nothing", "SSO"], runs);
        Assert.Contains("Decision 2", CardQuery.TextBlockTexts(card));
        Assert.Contains("Move the date to 2027-01-10", CardQuery.RunTexts(card));
    }

    [Fact]
    public void Render_RequiredInputs_HaveLabelAndErrorMessage()
    {
        foreach (var viewer in new[] { Ana, Ben, Carol })
        {
            foreach (var input in CardQuery.Objects(ConflictCard.Render(Stories.Escalated().ViewFor(viewer)))
                .Where(obj => obj["isRequired"] is not null))
            {
                Assert.False(string.IsNullOrEmpty((string?)input["label"]));
                Assert.False(string.IsNullOrEmpty((string?)input["errorMessage"]));
            }
        }
    }

    [Fact]
    public void Render_Notice_IsShownFirst()
    {
        var card = ConflictCard.Render(Stories.Proposed().ViewFor(Ben), "Someone just changed R-42.");

        Assert.Equal("Someone just changed R-42.", CardQuery.RunTexts(card["body"]![0]!)[0]);
    }

    [Fact]
    public void RefreshUserIds_NeverRepeatsSomeone()
    {
        var view = Stories.Proposed().ViewFor(Eve) with { ProjectManager = new UserRef(Ana.Id, "Ana again") };

        Assert.Equal([Ana.Id], ConflictCard.RefreshUserIds(view));
    }

    private static string[] UserIds(JsonObject card) =>
        card["refresh"]!["userIds"]!.AsArray().Select(id => (string)id!).ToArray();
}
