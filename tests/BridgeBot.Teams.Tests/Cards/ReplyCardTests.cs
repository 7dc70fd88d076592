using BridgeBot.Domain.Application;
using BridgeBot.Domain.Application.Replies;
using BridgeBot.Domain.Commands;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Teams.Cards;
using BridgeBot.Teams.Tests.Cards.Support;

namespace BridgeBot.Teams.Tests.Cards;

/// <summary>The cards drawn from replies other than a conflict: help, list, decision log, conflict log, messages.</summary>
public sealed class ReplyCardTests
{
    [Fact]
    public void HelpCard_ShowsEveryCommandWithSyntaxAndExample()
    {
        var runs = CardQuery.RunTexts(HelpCard.Render(new HelpReply(CommandHelp.All)));

        Assert.All(CommandHelp.All, spec =>
        {
            Assert.Contains(spec.Syntax, runs);
            Assert.Contains(spec.Example, runs);
        });
    }

    [Fact]
    public void HelpCard_IsDrawnOncePerReply_AndEachCallerGetsItsOwnNode()
    {
        var reply = CommandRouter.Help(new HelpCommand(null));
        var first = HelpCard.Render(reply);
        var second = HelpCard.Render(reply);

        Assert.NotSame(first, second);
        Assert.Equal(first.ToJsonString(), second.ToJsonString());

        // What a caller does to its card (here: attaches it elsewhere and changes it) never reaches the next caller.
        var expected = second.ToJsonString();
        first["body"]!.AsArray().Clear();
        first["refresh"] = "changed";
        _ = new System.Text.Json.Nodes.JsonObject { ["content"] = first };
        Assert.Equal(expected, HelpCard.Render(reply).ToJsonString());
        Assert.Contains("BridgeBot commands", expected, StringComparison.Ordinal);
    }

    [Fact]
    public void HelpCard_ForAnotherReplyWithTheSameCommands_IsTheSameCard()
    {
        var canonical = HelpCard.Render(CommandRouter.Help(new HelpCommand(CommandNames.Propose)));
        var adHoc = HelpCard.Render(new HelpReply([CommandHelp.Find(CommandNames.Propose)!]));

        Assert.Equal(canonical.ToJsonString(), adHoc.ToJsonString());
        Assert.NotEqual(canonical.ToJsonString(), HelpCard.Render(new HelpReply(CommandHelp.All)).ToJsonString());
    }

    [Fact]
    public void ConflictListCard_SaysWhoEachConflictWaitsForAndHowCloseTheDeadlineIs()
    {
        var card = ConflictListCard.Render(new ConflictListReply([Stories.Blind().Conflict], ConflictStory.Settings, ConflictStory.Today));

        Assert.Contains("Ben Project", CardQuery.RunTexts(card));
        Assert.Contains("Awaiting reasoning · due 2026-12-15 (22 days left)", CardQuery.TextBlockTexts(card));
    }

    [Fact]
    public void ConflictListCard_ManyConflicts_CountsWhatDoesNotFit()
    {
        var conflict = Stories.Proposed().Conflict;
        var many = Enumerable.Range(1, ConflictListCard.MaxRows + 7).Select(n => conflict with { Id = new ConflictId(n) }).ToArray();

        var card = ConflictListCard.Render(new ConflictListReply(many, ConflictStory.Settings, ConflictStory.Today));

        Assert.Contains("… and 7 more.", CardQuery.TextBlockTexts(card));
        Assert.InRange(CardJson.Utf8Length(card), 1, CardJson.MaxBytes);
    }

    [Fact]
    public void DecisionLogCard_ShowsOptionDateWhyAndWho()
    {
        var card = DecisionLogCard.Render(new DecisionLogReply(GoldenCards.DecisionRecords(Stories.Superseded().Conflict), BridgeBot.Testing.Conflicts.FixedLogLinks.Link));

        var runs = CardQuery.RunTexts(card);
        Assert.Contains("Hold the date, cut SSO", runs);
        Assert.Contains("Move the date to 2027-01-10", runs);
        Assert.Contains("Enterprise customers need SSO on day one.", runs);
        Assert.Contains("Ana Product and Ben Project", runs);
        Assert.Contains("Release date 2027-01-10 · decided 2026-11-22 17:30 UTC", CardQuery.TextBlockTexts(card));
    }

    [Fact]
    public void ConflictLogCard_ListsEverySummaryInOrder()
    {
        var story = Stories.Superseded();

        var runs = CardQuery.RunTexts(GoldenCards.ConflictLog(story));

        var summaries = runs.Where(run => story.Log.Any(entry => entry.Summary == run)).ToArray();
        Assert.Equal(story.Log.Select(entry => entry.Summary), summaries);
        Assert.Contains("#1  ", runs);
    }

    [Fact]
    public void ConflictLogCard_NoSuchConflict_SaysSo()
    {
        var outcome = new ConflictOutcome(OutcomeKind.NotFound, null, [], new Refusal(RefusalCode.NotFound, "There is no R-7 here."),
            ConflictStory.Settings, ConflictStory.Today);

        var card = ConflictLogCard.Render(new ConflictLogReply(outcome, []));

        Assert.Equal(["There is no R-7 here."], CardQuery.RunTexts(card));
    }

    [Fact]
    public void MessageCard_Error_ShowsTheMessageAndTheExample()
    {
        var example = CommandHelp.ExampleOf(CommandNames.Open);

        var card = MessageCard.Render(new ErrorReply(new ParseError("The deadline is not a date.", example)));

        Assert.Equal(["The deadline is not a date.", example], CardQuery.RunTexts(card));
        Assert.Equal("attention", (string?)card["body"]![0]!["style"]);
    }
}
