using BridgeBot.Domain.Application.Replies;
using BridgeBot.Domain.Commands;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Teams.Cards;
using BridgeBot.Teams.Tests.Cards.Support;
using static BridgeBot.Teams.Tests.Cards.Support.CardPeople;

namespace BridgeBot.Teams.Tests.Cards;

public sealed class OpenFormCardTests
{
    [Fact]
    public void Render_Draft_FillsInWhatWasGiven()
    {
        var draft = new OpenDraft("Checkout 2.4", ConflictStory.Deadline, ["SSO", "audit export"], Ana, null);

        var card = OpenFormCard.Render(new OpenFormReply(draft, "Still missing: project manager.", CardInputIds.Open.ProjectManager), Roster);

        var (_, inputs) = CardQuery.Form(card, CardVerbs.SubmitOpen);
        var values = inputs.ToDictionary(input => (string)input["id"]!, input => (string?)input["value"]);
        Assert.Equal("Checkout 2.4", values[CardInputIds.Open.Release]);
        Assert.Equal("2026-12-15", values[CardInputIds.Open.Deadline]);
        Assert.Equal("SSO, audit export", values[CardInputIds.Open.Scope]);
        Assert.Equal(Ana.Id, values[CardInputIds.Open.ProductManager]);
        Assert.Null(values[CardInputIds.Open.ProjectManager]);
        Assert.Contains("Still missing: project manager.", CardQuery.RunTexts(card));
    }

    [Fact]
    public void Render_LargeRoster_ListsAtMostMaxPeopleButAlwaysTheChosenManagers()
    {
        var roster = Enumerable.Range(0, 500).Select(i => new UserRef($"29:1person-{i:D3}-{new string('x', 80)}", $"Person {i:D3}")).ToList();
        var chosen = new UserRef("29:1zed", "Zed Last");

        var card = OpenFormCard.Render(new OpenFormReply(OpenDraft.Empty with { ProjectManager = chosen }, null, null), [.. roster, chosen]);

        var choiceSets = CardQuery.OfType(card, "Input.ChoiceSet").ToArray();
        Assert.Equal(2, choiceSets.Length);
        Assert.All(choiceSets, set => Assert.InRange(set["choices"]!.AsArray().Count, 1, OpenFormCard.MaxPeople + 1));
        Assert.All(choiceSets, set => Assert.Equal("filtered", (string?)set["style"]));
        Assert.Contains(choiceSets[1]["choices"]!.AsArray(), choice => (string?)choice!["value"] == chosen.Id);
        Assert.InRange(CardJson.Utf8Length(card), 1, CardJson.MaxBytes);
        Assert.Contains(CardQuery.TextBlockTexts(card), text => text.StartsWith($"Only {OpenFormCard.MaxPeople} of 501 people", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_BotItself_IsNeverOffered()
    {
        var card = OpenFormCard.Render(new OpenFormReply(OpenDraft.Empty, null, null), [Ana, UserRef.System, Ben]);

        Assert.DoesNotContain(CardQuery.OfType(card, "Input.ChoiceSet").SelectMany(set => set["choices"]!.AsArray()),
            choice => (string?)choice!["value"] == UserRef.System.Id);
    }
}
