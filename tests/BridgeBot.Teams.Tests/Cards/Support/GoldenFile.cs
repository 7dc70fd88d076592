using System.Text.Json.Nodes;
using BridgeBot.Teams.Cards;

namespace BridgeBot.Teams.Tests.Cards.Support;

/// <summary>
/// Compares a card with its committed golden file; with <c>BRIDGEBOT_UPDATE_GOLDEN=1</c> it rewrites the file
/// instead, so a deliberate change to a card is one re-run and a reviewed diff.
/// </summary>
internal static class GoldenFile
{
    public static bool Updating => Environment.GetEnvironmentVariable("BRIDGEBOT_UPDATE_GOLDEN") == "1";

    public static string PathOf(string name) => Path.Combine(RepoPaths.GoldenDirectory, name + ".json");

    public static void Verify(string name, JsonObject card)
    {
        var path = PathOf(name);
        var actual = CardJson.Serialize(card, indented: true).ReplaceLineEndings("\n") + "\n";
        if (Updating)
        {
            Directory.CreateDirectory(RepoPaths.GoldenDirectory);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests once with BRIDGEBOT_UPDATE_GOLDEN=1 and review the new file.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }
}
