using BridgeBot.Slack.BlockKit;
using BridgeBot.Testing.Golden;

namespace BridgeBot.Slack.Tests.Rendering;

/// <summary>Every message and modal of <see cref="GoldenMessages"/> against its committed JSON (BRIDGEBOT_UPDATE_GOLDEN=1 rewrites them).</summary>
public sealed class GoldenMessageTests
{
    public static TheoryData<string> Names => new(GoldenMessages.All.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void Message_MatchesGoldenFile(string name) => GoldenMessages.Files.Verify(name, GoldenMessages.All[name]());

    [Theory]
    [MemberData(nameof(Names))]
    public void Message_RendersTheSameTwice(string name) =>
        Assert.Equal(SlackJson.Serialize(GoldenMessages.All[name]()), SlackJson.Serialize(GoldenMessages.All[name]()));

    [Fact]
    public void GoldenDirectory_HoldsExactlyTheRenderedMessages()
    {
        Directory.CreateDirectory(GoldenMessages.Files.Path);
        GoldenMessages.Files.VerifyHoldsExactly(GoldenMessages.All.Keys);
    }
}
