using BridgeBot.Teams.Tests.Cards.Support;

namespace BridgeBot.Teams.Tests.Cards;

/// <summary>Every card of <see cref="GoldenCards"/> against its committed JSON (BRIDGEBOT_UPDATE_GOLDEN=1 rewrites them).</summary>
public sealed class GoldenCardTests
{
    public static TheoryData<string> Names => new(GoldenCards.All.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void Card_MatchesGoldenFile(string name) => GoldenFile.Verify(name, GoldenCards.All[name]());

    [Fact]
    public void Card_RendersTheSameTwice()
    {
        foreach (var (name, render) in GoldenCards.All)
        {
            Assert.True(Teams.Cards.CardJson.Serialize(render()) == Teams.Cards.CardJson.Serialize(render()), name);
        }
    }

    [Fact]
    public void GoldenDirectory_HoldsExactlyTheRenderedCards() => GoldenFile.Cards.VerifyHoldsExactly(GoldenCards.All.Keys);
}
