using BridgeBot.Domain.Commands;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Conflicts.Retrospectives;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Tests.Commands;

public class CommandParserTests
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var spec in CommandHelp.All)
        {
            data.Add(spec.Example);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Parse_EveryHelpExample_Parses(string example)
    {
        var mentions = new Dictionary<string, UserRef>();
        var text = example.Replace("@ana", "<@U0ANA|ana>", StringComparison.Ordinal)
            .Replace("@ben", "<@U0BEN|ben>", StringComparison.Ordinal)
            .Replace("@carol", "<@U0CAROL|carol>", StringComparison.Ordinal);

        var result = CommandParser.Parse(text, mentions);

        Assert.True(result.IsSuccess, result.Error?.Message);
    }

    [Fact]
    public void Parse_OpenWithSlackMentions_ReadsEveryArgument()
    {
        var result = CommandParser.Parse("open \"Checkout 2.4\" due 2026-12-15 scope \"SSO, audit export\" product <@U0ANA|ana> project <@U0BEN>");

        var draft = Assert.IsType<OpenCommand>(result.Command).Draft;
        Assert.True(draft.IsComplete);
        Assert.Equal("Checkout 2.4", draft.Release);
        Assert.Equal(new DateOnly(2026, 12, 15), draft.Deadline);
        Assert.Equal(["SSO", "audit export"], draft.ScopeAtRisk);
        Assert.Equal("U0ANA", draft.ProductManager!.Id);
        Assert.Equal("ana", draft.ProductManager.DisplayName);
        Assert.Equal("U0BEN", draft.ProjectManager!.Id);
    }

    [Fact]
    public void Parse_OpenWithTeamsMentionsAndSmartQuotes_ResolvesThroughEntities()
    {
        var mentions = new Dictionary<string, UserRef>
        {
            ["<at>Ana Bell</at>"] = new("29:ana", "Ana Bell"),
            ["<at>Ben Ode</at>"] = new("29:ben", "Ben Ode"),
        };

        var result = CommandParser.Parse("open “Checkout 2.4” due 2026-12-15 scope “SSO” product <at>Ana Bell</at> project <at>Ben Ode</at>", mentions);

        var draft = Assert.IsType<OpenCommand>(result.Command).Draft;
        Assert.Equal("Checkout 2.4", draft.Release);
        Assert.Equal("29:ana", draft.ProductManager!.Id);
        Assert.Equal("29:ben", draft.ProjectManager!.Id);
    }

    [Fact]
    public void Parse_UnknownTeamsMention_SaysWhoCouldNotBeFound()
    {
        var result = CommandParser.Parse("open x product <at>Nobody</at>", new Dictionary<string, UserRef>());

        Assert.Contains("Nobody", result.Error!.Message);
    }

    [Fact]
    public void Parse_OpenWithoutArguments_IsAnEmptyDraftForTheForm()
    {
        var draft = Assert.IsType<OpenCommand>(CommandParser.Parse("open").Command).Draft;

        Assert.Equal(["release", "due date", "scope", "product manager", "project manager"], draft.Missing);
    }

    [Theory]
    [InlineData("open x due 15.12.2026", "not a date")]
    [InlineData("open x due tomorrow", "YYYY-MM-DD")]
    [InlineData("open x product ana", "Mention the product manager")]
    [InlineData("open x project", "Mention the project manager")]
    public void Parse_OpenMistake_ExplainsAndShowsExample(string text, string expected)
    {
        var error = CommandParser.Parse(text).Error!;

        Assert.Contains(expected, error.Message);
        Assert.StartsWith("open \"Checkout 2.4\"", error.Example);
    }

    [Theory]
    [InlineData("show R-42", 42)]
    [InlineData("show r-7", 7)]
    [InlineData("status #12", 12)]
    [InlineData("/bridge show 3", 3)]
    public void Parse_ShowWithIdForms_ReadsTheId(string text, int number)
    {
        Assert.Equal(new ConflictId(number), Assert.IsType<ShowCommand>(CommandParser.Parse(text).Command).Id);
    }

    [Theory]
    [InlineData("retro R-42 yes \"Churn happened as predicted\"", ImpactHappened.Yes, "Churn happened as predicted")]
    [InlineData("retrospective 42 Partly because some trials waited", ImpactHappened.Partly, "some trials waited")]
    [InlineData("retro R-42 no", ImpactHappened.No, null)]
    public void Parse_Retro_ReadsAnswerAndSentence(string text, ImpactHappened answer, string? comment)
    {
        var command = Assert.IsType<RetroCommand>(CommandParser.Parse(text).Command);

        Assert.Equal((new ConflictId(42), answer, comment), (command.Id, command.Answer, command.Comment));
    }

    [Theory]
    [InlineData("retro R-42", "Answer yes, partly or no.")]
    [InlineData("retro R-42 maybe \"hm\"", "not “maybe”")]
    public void Parse_RetroWithoutAnswer_AsksYesPartlyOrNo(string text, string expected)
    {
        var error = CommandParser.Parse(text).Error!;

        Assert.Contains(expected, error.Message);
        Assert.Contains("retro R-42 yes", error.Example);
    }

    [Theory]
    [InlineData("show", "Which conflict?")]
    [InlineData("show X-1", "not a conflict id")]
    [InlineData("approve banana", "not a conflict id")]
    public void Parse_MissingOrBadId_Explains(string text, string expected)
    {
        Assert.Contains(expected, CommandParser.Parse(text).Error!.Message);
    }

    [Fact]
    public void Parse_UnknownCommand_ListsTheCommands()
    {
        var error = CommandParser.Parse("frobnicate R-1").Error!;

        Assert.Contains("frobnicate", error.Message);
        Assert.Contains("propose", error.Message);
    }

    [Fact]
    public void Parse_Empty_IsHelp()
    {
        Assert.IsType<HelpCommand>(CommandParser.Parse("   ").Command);
    }

    [Fact]
    public void Parse_ProposeMoveDate_ReadsDateAndRationale()
    {
        var command = Assert.IsType<ProposeCommand>(CommandParser.Parse("propose R-42 move-date to 2027-01-10 because customers need SSO").Command);

        Assert.Equal(OptionKind.MoveDate, command.Option!.Kind);
        Assert.Equal(new DateOnly(2027, 1, 10), command.Option.NewDate);
        Assert.Equal("customers need SSO", command.Rationale);
    }

    [Fact]
    public void Parse_ProposeHoldDate_SplitsCutItems()
    {
        var command = Assert.IsType<ProposeCommand>(CommandParser.Parse("propose R-1 hold-date cut \"SSO, audit export\" because \"campaign\"").Command);

        Assert.Equal(["SSO", "audit export"], command.Option!.CutItems);
    }

    [Fact]
    public void Parse_ProposePhased_ReadsEachPhase()
    {
        var command = Assert.IsType<ProposeCommand>(
            CommandParser.Parse("propose R-1 phased \"checkout\" 2026-12-15 then \"SSO, audit\" 2027-01-10 because \"both\"").Command);

        Assert.Equal(
            [new ReleasePhase("checkout", new DateOnly(2026, 12, 15)), new ReleasePhase("SSO, audit", new DateOnly(2027, 1, 10))],
            command.Option!.Phases);
    }

    [Theory]
    [InlineData("propose R-1 phased 2026-12-15 because x", "scope before its date")]
    [InlineData("propose R-1 phased \"a\" 2026-12-15 \"b\" because x", "has no date")]
    [InlineData("propose R-1 move-date soon because x", "not a date")]
    [InlineData("propose R-1 teleport because x", "not an option")]
    [InlineData("propose R-1 move-date 2027-01-10", "because")]
    public void Parse_ProposeMistake_Explains(string text, string expected)
    {
        var error = CommandParser.Parse(text).Error!;

        Assert.Contains(expected, error.Message);
        Assert.StartsWith("propose", error.Example);
    }

    [Fact]
    public void Parse_ProposeWithoutOption_AsksForTheForm()
    {
        Assert.Null(Assert.IsType<ProposeCommand>(CommandParser.Parse("propose R-1").Command).Option);
    }

    [Fact]
    public void Parse_ReasonInline_ReadsEveryField()
    {
        var command = Assert.IsType<ReasonCommand>(CommandParser.Parse(
            "reason R-9 hold \"trials stall\" move \"shoppers wait\" affected enterprise trials severity critical prefer phased notes \"see doc\"").Command);

        var input = command.Input!;
        Assert.Equal("trials stall", input.ImpactIfDateHolds);
        Assert.Equal("shoppers wait", input.ImpactIfDateMoves);
        Assert.Equal("enterprise trials", input.AffectedCustomers);
        Assert.Equal(Severity.Critical, input.Severity);
        Assert.Equal(OptionKind.PhasedRelease, input.PreferredOption);
        Assert.Equal("see doc", input.Notes);
    }

    [Theory]
    [InlineData("reason R-9 severity awful", "not one of low")]
    [InlineData("reason R-9 severity 7", "not one of low")]
    [InlineData("reason R-9 prefer magic", "not an option")]
    [InlineData("reason R-9 mood grumpy", "not a reasoning field")]
    public void Parse_ReasonMistake_Explains(string text, string expected)
    {
        Assert.Contains(expected, CommandParser.Parse(text).Error!.Message);
    }

    [Fact]
    public void Parse_ApproveWithProposalNumberAndNote()
    {
        var command = Assert.IsType<ApproveCommand>(CommandParser.Parse("approve R-3 #2 because fine").Command);

        Assert.Equal(2, command.ProposalNumber);
        Assert.Equal("fine", command.Note);
    }

    [Fact]
    public void Parse_DecideWithoutOption_ConfirmsTheProposal()
    {
        var command = Assert.IsType<DecideCommand>(CommandParser.Parse("decide R-3 because \"SSO first\"").Command);

        Assert.Null(command.Option);
        Assert.Equal("SSO first", command.Rationale);
    }

    [Fact]
    public void Parse_EscalateTo_NeedsOneMention()
    {
        Assert.Equal("U0CAROL", Assert.IsType<EscalateToCommand>(CommandParser.Parse("escalate-to <@U0CAROL>").Command).Approver!.Id);
        Assert.Null(Assert.IsType<EscalateToCommand>(CommandParser.Parse("escalate-to").Command).Approver);
        Assert.NotNull(CommandParser.Parse("escalate-to carol").Error);
    }

    [Fact]
    public void Parse_LogWithAndWithoutId()
    {
        Assert.Null(Assert.IsType<LogCommand>(CommandParser.Parse("log").Command).Id);
        Assert.Equal(new ConflictId(5), Assert.IsType<LogCommand>(CommandParser.Parse("log R-5").Command).Id);
    }

    [Fact]
    public void Parse_UnclosedQuote_Explains()
    {
        Assert.Contains("never closed", CommandParser.Parse("open \"Checkout 2.4 due 2026-12-15").Error!.Message);
    }

    [Fact]
    public void Parse_SlackEscapedEntities_AreDecoded()
    {
        var draft = Assert.IsType<OpenCommand>(CommandParser.Parse("open \"R&amp;D &lt;beta&gt;\"").Command).Draft;

        Assert.Equal("R&D <beta>", draft.Release);
    }

    [Theory]
    [InlineData("digest", DigestAction.Show)]
    [InlineData("digest off", DigestAction.Off)]
    [InlineData("digest now", DigestAction.Now)]
    public void Parse_Digest_Actions(string text, DigestAction action)
    {
        Assert.Equal(action, Assert.IsType<DigestCommand>(CommandParser.Parse(text).Command).Action);
    }

    [Theory]
    [InlineData("digest at 09:30 Europe/Berlin weekdays", "09:30 Europe/Berlin, weekdays")]
    [InlineData("digest at 9:05 America/New_York", "09:05 America/New_York, weekdays")]
    [InlineData("digest at 16:45 europe/berlin mon,wed,fri quiet", "16:45 Europe/Berlin, mon,wed,fri, quiet")]
    [InlineData("digest at 08:00 UTC mon, thu", "08:00 UTC, mon,thu")]
    [InlineData("digest at 07:00 Asia/Tokyo daily", "07:00 Asia/Tokyo, every day")]
    public void Parse_DigestAt_ReadsTheSchedule(string text, string described)
    {
        var command = Assert.IsType<DigestCommand>(CommandParser.Parse(text).Command);

        Assert.Equal(DigestAction.Subscribe, command.Action);
        Assert.Equal(described, command.Schedule!.Describe());
    }

    [Theory]
    [InlineData("digest at", "At what time?")]
    [InlineData("digest at 25:00 Europe/Berlin", "not a time of day")]
    [InlineData("digest at 9am Europe/Berlin", "not a time of day")]
    [InlineData("digest at 09:30", "In which time zone")]
    [InlineData("digest at 09:30 Mars/Olympus", "not a time zone I know")]
    [InlineData("digest at 09:30 CET", "not a time zone I know")]
    [InlineData("digest at 09:30 Europe/Berlin someday", "not a day list")]
    [InlineData("digest sometimes", "write at, off or now")]
    public void Parse_DigestMistakes_SayWhatAndShowAnExample(string text, string message)
    {
        var error = CommandParser.Parse(text).Error;

        Assert.NotNull(error);
        Assert.Contains(message, error.Message);
        Assert.Equal("digest at 09:30 Europe/Berlin weekdays", error.Example);
    }

    [Fact]
    public void Parse_EscalateTo_TakesOptionalWorkingDays()
    {
        var both = Assert.IsType<EscalateToCommand>(CommandParser.Parse("escalate-to <@U0CAROL> 2").Command);
        var daysOnly = Assert.IsType<EscalateToCommand>(CommandParser.Parse("escalate-to 4 days").Command);

        Assert.Equal(("U0CAROL", 2), (both.Approver!.Id, both.ThresholdDays));
        Assert.Equal((null, 4), (daysOnly.Approver, daysOnly.ThresholdDays));
        Assert.NotNull(CommandParser.Parse("escalate-to <@U0CAROL> 99").Error);
    }
}
