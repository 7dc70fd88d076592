using System.Text.Json.Nodes;
using BridgeBot.Domain.Commands;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Conflicts.Retrospectives;
using BridgeBot.Slack.Interactions.Reading;
using BridgeBot.Slack.Protocol;
using BridgeBot.Slack.Rendering.Modals;

namespace BridgeBot.Slack.Tests.Interactions;

public class ModalReadersTests
{
    private static readonly ModalMetadata AboutR42 = new("R-42", 3, "C0RELEASES");

    [Fact]
    public void Proposal_ReadsOnlyTheChosenOptionsInputs()
    {
        var read = ModalReaders.Proposal(State(("option", Option("hold-date")), ("cut", Text("SSO, audit export")), ("newDate", Date("2027-01-10")),
            ("rationale", Text("Trials need SSO"))), AboutR42);

        var command = Assert.IsType<ProposeCommand>(read.Command);
        Assert.Equal(new ConflictId(42), command.Id);
        Assert.Equal(OptionKind.HoldDateCutScope, command.Option!.Kind);
        Assert.Equal(["SSO", "audit export"], command.Option.CutItems);
        Assert.Null(command.Option.NewDate);
        Assert.Equal("Trials need SSO", command.Rationale);
    }

    [Fact]
    public void Retrospective_ReadsTheAnswerAndTheSentence()
    {
        var read = ModalReaders.Retrospective(State(("answer", Option("partly")), ("comment", Text("Two audits slipped"))), AboutR42);

        Assert.Equal(new RetroCommand(new ConflictId(42), ImpactHappened.Partly, "Two audits slipped"), read.Command);
    }

    [Fact]
    public void Retrospective_WithoutAnAnswer_IsAFieldError() =>
        Assert.Equal(RetrospectiveModal.Fields.Answer, ModalReaders.Retrospective(State(("comment", Text("x"))), AboutR42).Field);

    [Fact]
    public void Proposal_PhasedReleaseReadsOnePhaseALine()
    {
        var read = ModalReaders.Proposal(State(("option", Option("phased")), ("phases", Text("2026-12-15 Faster checkout\n\n2027-01-10   SSO and audit export")),
            ("rationale", Text("Both"))), AboutR42);

        var phases = Assert.IsType<ProposeCommand>(read.Command).Option!.Phases!;
        Assert.Equal([new ReleasePhase("Faster checkout", new DateOnly(2026, 12, 15)), new ReleasePhase("SSO and audit export", new DateOnly(2027, 1, 10))], phases);
    }

    [Fact]
    public void Proposal_PhaseWithoutADate_IsAFieldError()
    {
        var read = ModalReaders.Proposal(State(("option", Option("phased")), ("phases", Text("2026-12-15 Checkout\nSSO in January"))), AboutR42);

        Assert.Null(read.Command);
        Assert.Equal(OptionModal.Fields.Phases, read.Field);
        Assert.Contains("Line 2", read.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Proposal_WithoutAnOption_IsAFieldError() =>
        Assert.Equal(OptionModal.Fields.Option, ModalReaders.Proposal(State(("rationale", Text("x"))), AboutR42).Field);

    [Fact]
    public void Decision_ConfirmingTheProposal_HasNoOptionOfItsOwn()
    {
        var command = Assert.IsType<DecideCommand>(ModalReaders.Decision(State(("option", Option(Choices.ConfirmProposal)), ("rationale", Text("SSO first"))), AboutR42).Command);

        Assert.Null(command.Option);
        Assert.Equal("SSO first", command.Rationale);
    }

    [Fact]
    public void Reject_CarriesTheProposalTheModalWasOpenedFor()
    {
        var command = Assert.IsType<RejectCommand>(ModalReaders.Reject(State(("reason", Text("Not in January"))), AboutR42).Command);

        Assert.Equal((new ConflictId(42), 3, "Not in January"), (command.Id, command.ProposalNumber, command.Reason));
    }

    [Fact]
    public void Reasoning_ReadsSelectsIntoTheDomainsTypes()
    {
        var command = Assert.IsType<ReasonCommand>(ModalReaders.Reasoning(State(
            (ReasoningInput.Fields.ImpactIfDateHolds, Text("a")), (ReasoningInput.Fields.Severity, Option("critical")),
            (ReasoningInput.Fields.PreferredOption, Option("move-date"))), AboutR42).Command);

        Assert.Equal((Severity.Critical, OptionKind.MoveDate, "a"), (command.Input!.Severity, command.Input.PreferredOption, command.Input.ImpactIfDateHolds));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"conflict\":\"banana\"}")]
    public void Modal_ThatDoesNotSayWhichConflict_IsAFieldError(string? metadata)
    {
        var read = ModalReaders.Withdraw(State(("reason", Text("x"))), ModalMetadata.Read(metadata));

        Assert.Null(read.Command);
        Assert.Equal(ReasonModal.Field, read.Field);
    }

    [Fact]
    public void Open_ReadsTheDraftWithThePeopleChosen()
    {
        var command = Assert.IsType<OpenCommand>(ModalReaders.Open(State(
            ("release", Text("Checkout 2.4")), ("deadline", Date("2026-12-15")), ("scope", Text("SSO, audit export")),
            ("productManager", User("U0ANA")), ("projectManager", User("U0BEN"))), new ModalMetadata(null, null, "C0RELEASES")).Command);

        Assert.True(command.Draft.IsComplete);
        Assert.Equal(("U0ANA", "U0BEN"), (command.Draft.ProductManager!.Id, command.Draft.ProjectManager!.Id));
    }

    private static ViewState State(params (string Block, JsonObject Value)[] inputs) =>
        new(new JsonObject([.. inputs.Select(input => KeyValuePair.Create(input.Block, (JsonNode?)new JsonObject { ["value"] = input.Value }))]));

    private static JsonObject Text(string value) => new() { ["type"] = "plain_text_input", ["value"] = value };

    private static JsonObject Option(string value) => new() { ["type"] = "static_select", ["selected_option"] = new JsonObject { ["value"] = value } };

    private static JsonObject Date(string value) => new() { ["type"] = "datepicker", ["selected_date"] = value };

    private static JsonObject User(string id) => new() { ["type"] = "users_select", ["selected_user"] = id };
}
