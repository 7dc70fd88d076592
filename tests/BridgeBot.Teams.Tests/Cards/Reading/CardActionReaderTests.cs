using System.Text.Json.Nodes;
using BridgeBot.Domain.Application.Replies;
using BridgeBot.Domain.Commands;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Conflicts.Retrospectives;
using BridgeBot.Teams.Cards;
using BridgeBot.Teams.Cards.Reading;
using BridgeBot.Teams.Tests.Cards.Support;
using static BridgeBot.Teams.Tests.Cards.Support.CardPeople;
using Fields = BridgeBot.Domain.Conflicts.ReasoningInput.Fields;

namespace BridgeBot.Teams.Tests.Cards.Reading;

/// <summary>Round trips: draw a form, fill it in as a client would, and read back exactly the command meant.</summary>
public sealed class CardActionReaderTests
{
    private static readonly ConflictId R42 = new(42);

    private static readonly Dictionary<string, string> ReasoningTyped = new()
    {
        [Fields.ImpactIfDateHolds] = "Trials stall without SSO.",
        [Fields.ImpactIfDateMoves] = "Shoppers wait for the faster checkout.",
        [Fields.AffectedCustomers] = "12 enterprise trials",
        [Fields.Severity] = "critical",
        [Fields.PreferredOption] = "phased",
        [Fields.Notes] = "Sales knows.",
    };

    private static readonly ReasoningInput ReasoningExpected = new(
        "Trials stall without SSO.", "Shoppers wait for the faster checkout.", "12 enterprise trials", Severity.Critical, OptionKind.PhasedRelease, "Sales knows.");

    [Fact]
    public void Reasoning_FromTheConflictCard_ReadsBackAsReasonCommand()
    {
        var view = Stories.Blind().ViewFor(Ben);

        var result = FormClient.Submit(ConflictCard.Render(view), CardVerbs.SubmitReasoning, ReasoningTyped);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equivalent(new ReasonCommand(R42, ReasoningExpected), result.Command, strict: true);
        Assert.Equal(view.Version, result.CardVersion);
    }

    [Fact]
    public void Reasoning_FromThePrivateRequest_ReadsBackAsReasonCommand()
    {
        var card = ReasoningRequestCard.Render(Stories.AwaitingReasoning().ViewFor(Ana), Dev);

        var result = FormClient.Submit(card, CardVerbs.SubmitReasoning, ReasoningTyped);

        Assert.Equivalent(new ReasonCommand(R42, ReasoningExpected), result.Command, strict: true);
    }

    [Fact]
    public void Reasoning_SubmittedUnchanged_ReadsBackWhatWasWritten()
    {
        var card = ConflictCard.Render(Stories.Blind().ViewFor(Ana));

        var result = FormClient.Submit(card, CardVerbs.SubmitReasoning);

        Assert.Equivalent(new ReasonCommand(R42, Stories.ProductReasoning), result.Command, strict: true);
    }

    public static TheoryData<string, Dictionary<string, string>, OptionInput> Proposals => new()
    {
        { "hold-date", new() { [CardInputIds.Propose.CutItems] = "SSO, audit export" }, new(OptionKind.HoldDateCutScope, CutItems: ["SSO", "audit export"]) },
        { "move-date", new() { [CardInputIds.Propose.NewDate] = "2027-01-10" }, new(OptionKind.MoveDate, NewDate: new DateOnly(2027, 1, 10)) },
        {
            "phased",
            new()
            {
                ["propose.phase1.scope"] = "Checkout", ["propose.phase1.date"] = "2026-12-15",
                ["propose.phase2.scope"] = "SSO", ["propose.phase2.date"] = "2027-01-20",
            },
            new(OptionKind.PhasedRelease, Phases: [new("Checkout", new DateOnly(2026, 12, 15)), new("SSO", new DateOnly(2027, 1, 20))])
        },
        { "other", new() { [CardInputIds.Propose.Description] = "Ship SSO behind a flag." }, new(OptionKind.Other, Description: "Ship SSO behind a flag.") },
    };

    [Theory]
    [MemberData(nameof(Proposals))]
    public void Proposal_OfEveryKind_ReadsBackAsProposeCommand(string kind, Dictionary<string, string> fields, OptionInput expected)
    {
        var typed = new Dictionary<string, string>(fields)
        {
            [CardInputIds.Propose.OptionKind] = kind,
            [CardInputIds.Propose.Rationale] = "Customers keep what they count on.",
        };
        var view = Stories.ReadyToDecide().ViewFor(Ana);

        foreach (var card in new[] { ConflictCard.Render(view), ProposalFormCard.Render(view) })
        {
            var result = FormClient.Submit(card, CardVerbs.SubmitProposal, typed);

            Assert.True(result.IsSuccess, result.Error?.Message);
            Assert.Equivalent(new ProposeCommand(R42, expected, "Customers keep what they count on."), result.Command, strict: true);
            Assert.Equal(view.Version, result.CardVersion);
        }
    }

    [Fact]
    public void Proposal_IgnoresWhatWasTypedForOtherOptions()
    {
        var typed = new Dictionary<string, string>
        {
            [CardInputIds.Propose.OptionKind] = "move-date",
            [CardInputIds.Propose.NewDate] = "2027-01-10",
            [CardInputIds.Propose.CutItems] = "leftover",
            ["propose.phase1.date"] = "not a date",
            [CardInputIds.Propose.Rationale] = "Why.",
        };

        var result = FormClient.Submit(ConflictCard.Render(Stories.ReadyToDecide().ViewFor(Ana)), CardVerbs.SubmitProposal, typed);

        Assert.Equivalent(new ProposeCommand(R42, new OptionInput(OptionKind.MoveDate, NewDate: new DateOnly(2027, 1, 10)), "Why."), result.Command, strict: true);
    }

    [Fact]
    public void Retrospective_FromThePrivateCard_ReadsBackAsRetroCommand()
    {
        var typed = new Dictionary<string, string> { [CardInputIds.Retro.Answer] = "partly", [CardInputIds.Retro.Comment] = "Audits slipped a week." };

        var result = FormClient.Submit(RetrospectiveCard.Render(Stories.RetrospectiveAsk(ManagerRole.Project)), CardVerbs.SubmitRetrospective, typed);

        Assert.Equivalent(new RetroCommand(R42, ImpactHappened.Partly, "Audits slipped a week."), result.Command, strict: true);
    }

    [Fact]
    public void Retrospective_WithoutAnswer_AsksForOne()
    {
        var result = FormClient.Submit(RetrospectiveCard.Render(Stories.RetrospectiveAsk(ManagerRole.Product)), CardVerbs.SubmitRetrospective,
            new Dictionary<string, string> { [CardInputIds.Retro.Comment] = "It held." });

        Assert.Null(result.Command);
        Assert.Contains("yes, partly or no", result.Error!.Message);
    }

    [Fact]
    public void Approve_ReadsBackTheProposalTheCardShowed()
    {
        var result = FormClient.Submit(ConflictCard.Render(Stories.Proposed().ViewFor(Ben)), CardVerbs.Approve);

        Assert.Equivalent(new ApproveCommand(R42, 1, null), result.Command, strict: true);
    }

    [Fact]
    public void Reject_ReadsBackProposalAndReason()
    {
        var result = FormClient.Submit(ConflictCard.Render(Stories.Proposed().ViewFor(Ben)), CardVerbs.Reject,
            new Dictionary<string, string> { [CardInputIds.RejectReason] = "The freeze." });

        Assert.Equivalent(new RejectCommand(R42, 1, "The freeze."), result.Command, strict: true);
    }

    [Fact]
    public void Escalate_Withdraw_Reopen_ReadBackTheirReasons()
    {
        var proposed = ConflictCard.Render(Stories.Proposed().ViewFor(Ben));
        var decided = ConflictCard.Render(Stories.Decided().ViewFor(Ben));

        Assert.Equivalent(new EscalateCommand(R42, "Stuck."), FormClient.Submit(proposed, CardVerbs.Escalate,
            new Dictionary<string, string> { [CardInputIds.EscalateReason] = "Stuck." }).Command, strict: true);
        Assert.Equivalent(new WithdrawCommand(R42, "Made it."), FormClient.Submit(proposed, CardVerbs.Withdraw,
            new Dictionary<string, string> { [CardInputIds.WithdrawReason] = "Made it." }).Command, strict: true);
        Assert.Equivalent(new ReopenCommand(R42, "Vendor slipped."), FormClient.Submit(decided, CardVerbs.Reopen,
            new Dictionary<string, string> { [CardInputIds.ReopenReason] = "Vendor slipped." }).Command, strict: true);
    }

    [Fact]
    public void Decide_ConfirmingTheProposal_ReadsBackWithoutAnOption()
    {
        var card = ConflictCard.Render(Stories.Escalated().ViewFor(Carol));

        var result = FormClient.Submit(card, CardVerbs.Decide, new Dictionary<string, string> { [CardInputIds.Decide.Rationale] = "SSO first." });

        Assert.Equivalent(new DecideCommand(R42, null, "SSO first."), result.Command, strict: true);
    }

    [Fact]
    public void Decide_WithAnOptionOfTheirOwn_ReadsBackThatOption()
    {
        var card = ConflictCard.Render(Stories.Escalated().ViewFor(Carol));

        var result = FormClient.Submit(card, CardVerbs.Decide, new Dictionary<string, string>
        {
            [CardInputIds.Decide.OptionKind] = "hold-date",
            [CardInputIds.Decide.CutItems] = "audit export",
            [CardInputIds.Decide.Rationale] = "Date matters.",
        });

        Assert.Equivalent(new DecideCommand(R42, new OptionInput(OptionKind.HoldDateCutScope, CutItems: ["audit export"]), "Date matters."),
            result.Command, strict: true);
    }

    [Fact]
    public void Open_ReadsBackTheDraftWithPeopleFromTheRoster()
    {
        var card = OpenFormCard.Render(new OpenFormReply(OpenDraft.Empty, null, null), Roster);

        var result = FormClient.Submit(card, CardVerbs.SubmitOpen, new Dictionary<string, string>
        {
            [CardInputIds.Open.Release] = "Checkout 2.4",
            [CardInputIds.Open.Deadline] = "2026-12-15",
            [CardInputIds.Open.Scope] = "SSO, audit export",
            [CardInputIds.Open.ProductManager] = Ana.Id,
            [CardInputIds.Open.ProjectManager] = Ben.Id,
        }, Roster);

        var draft = Assert.IsType<OpenCommand>(result.Command).Draft;
        Assert.Equivalent(new OpenDraft("Checkout 2.4", new DateOnly(2026, 12, 15), ["SSO", "audit export"], Ana, Ben), draft, strict: true);
        Assert.True(draft.IsComplete);
    }

    [Fact]
    public void Open_SubmittedAsFilledIn_ReadsBackTheSameDraft()
    {
        var draft = new OpenDraft("Checkout 2.4", new DateOnly(2026, 12, 15), ["SSO", "audit export"], Ana, Ben);
        var card = OpenFormCard.Render(new OpenFormReply(draft, null, null), Roster);

        var result = FormClient.Submit(card, CardVerbs.SubmitOpen, people: Roster);

        Assert.Equivalent(new OpenCommand(draft), result.Command, strict: true);
    }

    [Fact]
    public void Open_PersonNotOnTheRoster_IsLeftMissing()
    {
        var data = new JsonObject { [CardInputIds.Open.ProductManager] = "29:someone-else", [CardInputIds.Open.ProjectManager] = Ben.Id };

        var draft = Assert.IsType<OpenCommand>(CardActionReader.Read(CardVerbs.SubmitOpen, data, Roster).Command).Draft;

        Assert.Null(draft.ProductManager);
        Assert.Contains("product manager", draft.Missing);
    }

    [Fact]
    public void Refresh_ReadsBackAsShow()
    {
        var card = ConflictCard.Render(Stories.Proposed().ViewFor(Eve));
        var refresh = card["refresh"]!["action"]!;

        var result = CardActionReader.Read((string)refresh["verb"]!, refresh["data"]);

        Assert.Equivalent(new ShowCommand(R42), result.Command, strict: true);
    }

    [Fact]
    public void Read_WithoutConflictId_SaysSoWithAnExample()
    {
        var result = CardActionReader.Read(CardVerbs.Approve, new JsonObject { [CardDataKeys.Version] = 3 });

        Assert.False(result.IsSuccess);
        Assert.Contains("which conflict", result.Error.Message, StringComparison.Ordinal);
        Assert.Equal(CommandHelp.ExampleOf(CommandNames.Approve), result.Error.Example);
    }

    [Theory]
    [InlineData(CardVerbs.SubmitProposal, CardInputIds.Propose.NewDate, "move-date")]
    [InlineData(CardVerbs.SubmitProposal, "propose.phase2.date", "phased")]
    [InlineData(CardVerbs.Decide, CardInputIds.Decide.NewDate, "move-date")]
    [InlineData(CardVerbs.SubmitOpen, CardInputIds.Open.Deadline, null)]
    public void Read_UnparseableDate_SaysHowToWriteIt(string verb, string dateId, string? kind)
    {
        var data = new JsonObject { [CardDataKeys.ConflictId] = "R-42", [dateId] = "next friday", ["propose.phase2.scope"] = "SSO" };
        if (kind is not null)
        {
            data[verb == CardVerbs.Decide ? CardInputIds.Decide.OptionKind : CardInputIds.Propose.OptionKind] = kind;
        }

        var result = CardActionReader.Read(verb, data);

        Assert.False(result.IsSuccess);
        Assert.Contains("YYYY-MM-DD", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PhaseWithScopeButNoDate_SaysWhichPhase()
    {
        var data = new JsonObject { [CardDataKeys.ConflictId] = "R-42", [CardInputIds.Propose.OptionKind] = "phased", ["propose.phase2.scope"] = "SSO" };

        Assert.Equal("Phase 2 needs a date.", CardActionReader.Read(CardVerbs.SubmitProposal, data).Error?.Message);
    }

    [Theory]
    [InlineData("launch-missiles")]
    [InlineData("")]
    [InlineData(null)]
    public void Read_UnknownVerb_IsAnErrorNotAnException(string? verb)
    {
        var result = CardActionReader.Read(verb, new JsonObject { [CardDataKeys.ConflictId] = "R-42" });

        Assert.False(result.IsSuccess);
        Assert.Contains("does not know this button", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ScalarsOfTheWrongJsonType_AreReadWhereTheyMeanTheSame()
    {
        var data = new JsonObject { [CardDataKeys.ConflictId] = 42, [CardDataKeys.Version] = "7", [CardDataKeys.Proposal] = true };

        var result = CardActionReader.Read(CardVerbs.Approve, data);

        Assert.Equivalent(new ApproveCommand(R42, null, null), result.Command, strict: true);
        Assert.Equal(7, result.CardVersion);
    }

    [Fact]
    public void Read_SeverityAsANumber_IsNotASeverity()
    {
        var data = new JsonObject { [CardDataKeys.ConflictId] = "R-42", [Fields.Severity] = "2", [Fields.PreferredOption] = 1 };

        var input = Assert.IsType<ReasonCommand>(CardActionReader.Read(CardVerbs.SubmitReasoning, data).Command).Input!;

        Assert.Null(input.Severity);
        Assert.Null(input.PreferredOption);
    }

    public static TheoryData<string> Verbs => new(CardVerbs.All);

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Read_AnyJsonAtAll_NeverThrows(string verb)
    {
        JsonNode?[] oddValues =
        [
            null, 1.5, -1, 0, int.MaxValue, long.MaxValue, true, new JsonArray(1, "x"), new JsonObject { ["a"] = 1 }, "", "   ",
            "R-0", "R-999999999999", "\u0000", new string('x', 100_000), "2027-02-30", "9999-99-99",
        ];
        var keys = new[]
        {
            CardDataKeys.ConflictId, CardDataKeys.Version, CardDataKeys.Proposal, Fields.Severity, Fields.PreferredOption, Fields.Notes,
            CardInputIds.Propose.OptionKind, CardInputIds.Propose.NewDate, "propose.phase1.date", "propose.phase1.scope",
            CardInputIds.Decide.OptionKind, CardInputIds.Decide.NewDate, CardInputIds.RejectReason,
            CardInputIds.Open.Deadline, CardInputIds.Open.ProductManager, CardInputIds.Open.Scope,
        };

        // Once with the conflict id spoilt too, once with it intact so the readers behind it see the odd values.
        foreach (var (value, spoilId) in oddValues.SelectMany(value => new[] { (value, true), (value, false) }))
        {
            var data = new JsonObject { [CardDataKeys.ConflictId] = "R-42", [CardInputIds.Propose.OptionKind] = "phased", [CardInputIds.Decide.OptionKind] = "move-date" };
            foreach (var key in keys.Where(key => spoilId || key != CardDataKeys.ConflictId))
            {
                data[key] = value?.DeepClone();
            }

            var result = CardActionReader.Read(verb, data, Roster);
            Assert.True(result.IsSuccess || result.Error is not null);
        }

        Assert.False(CardActionReader.Read(verb, new JsonArray(1, 2)).IsSuccess && verb != CardVerbs.SubmitOpen);
        Assert.False(CardActionReader.Read(verb, JsonValue.Create("R-42")).IsSuccess && verb != CardVerbs.SubmitOpen);
    }
}
