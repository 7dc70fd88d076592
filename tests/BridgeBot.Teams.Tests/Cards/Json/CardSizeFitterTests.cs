using System.Text.Json.Nodes;
using BridgeBot.Teams.Cards;
using BridgeBot.Teams.Cards.Json;
using BridgeBot.Teams.Tests.Cards.Support;
using static BridgeBot.Testing.Conflicts.MaxStories<BridgeBot.Teams.Tests.Cards.Support.CardPeople>;

namespace BridgeBot.Teams.Tests.Cards.Json;

/// <summary>Cards stay under <see cref="CardJson.MaxBytes"/> even when every text is as long as the domain allows.</summary>
public sealed class CardSizeFitterTests
{
    public static TheoryData<string> MaxCardNames => new(MaxCards.Keys);

    private static Dictionary<string, Func<JsonObject>> MaxCards { get; } = new()
    {
        ["reopened-twice.product-manager"] = () => ConflictCard.Render(ReopenedTwice().ViewFor(Product, Settings), LongText.Of(500)),
        ["reopened-twice.approver"] = () => ConflictCard.Render(ReopenedTwice().ViewFor(Approver, Settings)),
        ["escalated.approver"] = () => ConflictCard.Render(Escalated().ViewFor(Approver, Settings)),
        ["rejected.product-manager"] = () => ConflictCard.Render(Rejected().ViewFor(Product, Settings)),
        ["reasoning-request"] = () => ReasoningRequestCard.Render(ReopenedTwice().ViewFor(Project, Settings), Opener),
        ["proposal-form"] = () => ProposalFormCard.Render(ReopenedTwice().ViewFor(Project, Settings)),
    };

    [Theory]
    [MemberData(nameof(MaxCardNames))]
    public void Render_LongestTexts_StaysUnderTheLimitAndSaysSo(string name)
    {
        var card = MaxCards[name]();

        Assert.InRange(CardJson.Utf8Length(card), 1, CardJson.MaxBytes);
        Assert.Contains(ConflictCard.ShortenedNote, CardQuery.TextBlockTexts(card));
        Assert.Contains(CardQuery.RunTexts(card), text => text.EndsWith('…'));
    }

    [Fact]
    public void Render_LongestTexts_AreStillValidCards()
    {
        var directory = Directory.CreateTempSubdirectory("bridgebot-max-cards-");
        try
        {
            var files = MaxCards.Select(pair =>
            {
                var file = Path.Combine(directory.FullName, pair.Key + ".json");
                File.WriteAllText(file, CardJson.Serialize(pair.Value()));
                return file;
            }).ToArray();

            var problems = AdaptiveCardsLibrary.Validate(files).SelectMany(report => report.Errors.Concat(report.Warnings));

            Assert.Empty(problems);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Render_OrdinaryCard_IsNotShortened()
    {
        var card = ConflictCard.Render(Stories.Superseded().ViewFor(CardPeople.Ana));

        Assert.DoesNotContain(ConflictCard.ShortenedNote, CardQuery.TextBlockTexts(card));
        Assert.DoesNotContain(CardQuery.RunTexts(card), text => text.EndsWith('…'));
    }

    [Fact]
    public void Render_Shortening_CutsRunsButNeverAPrefilledAnswer()
    {
        var card = ConflictCard.Render(ReopenedTwice().ViewFor(Product, Settings));

        // Four answers of 1,500 three-byte letters cannot be filled in again: they are left out, never cut.
        Assert.Contains(CardSizeFitter.PrefillNote, CardQuery.TextBlockTexts(card));
        var (_, inputs) = CardQuery.Form(card, CardVerbs.SubmitReasoning);
        Assert.All(inputs.Where(input => (string?)input["type"] == "Input.Text"), input => Assert.Null(input["value"]));
        Assert.Equal("critical", (string?)inputs.Single(input => (string?)input["id"] == Domain.Conflicts.ReasoningInput.Fields.Severity)["value"]);
    }

    [Fact]
    public void Render_LongAsciiAnswers_AreStillFilledInWhole()
    {
        var answer = new string('a', Domain.Conflicts.ConflictLimits.LongText);
        var story = ConflictStory.Open()
            .Then((c, at) => c.SubmitReasoning(CardPeople.Ana, Domain.Conflicts.ManagerRole.Product,
                Stories.ProductReasoning with { ImpactIfDateHolds = answer, ImpactIfDateMoves = answer, AffectedCustomers = answer, Notes = answer }, at));

        var card = ConflictCard.Render(story.ViewFor(CardPeople.Ana));

        var (_, inputs) = CardQuery.Form(card, CardVerbs.SubmitReasoning);
        Assert.Equal(4, inputs.Count(input => (string?)input["value"] == answer));
        Assert.InRange(CardJson.Utf8Length(card), 1, CardJson.MaxBytes);
    }

    [Fact]
    public void Render_Shortening_NeverSplitsAnEmoji()
    {
        var emoji = string.Concat(Enumerable.Repeat("🚀", 750));
        var story = ConflictStory.Open()
            .Then((c, at) => c.SubmitReasoning(CardPeople.Ana, Domain.Conflicts.ManagerRole.Product,
                Stories.ProductReasoning with { ImpactIfDateHolds = emoji, ImpactIfDateMoves = emoji, AffectedCustomers = emoji, Notes = emoji }, at))
            .Then((c, at) => c.SubmitReasoning(CardPeople.Ben, Domain.Conflicts.ManagerRole.Project,
                Stories.ProjectReasoning with { ImpactIfDateHolds = emoji, ImpactIfDateMoves = emoji, AffectedCustomers = emoji, Notes = emoji }, at));

        var card = ConflictCard.Render(story.ViewFor(CardPeople.Eve), LongText.Of(400));

        Assert.All(CardQuery.RunTexts(card), text => Assert.False(text.Any(char.IsSurrogate) && !IsWellFormed(text)));
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
