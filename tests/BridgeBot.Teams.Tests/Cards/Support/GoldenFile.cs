using System.Text.Json.Nodes;
using BridgeBot.Teams.Cards;
using BridgeBot.Testing.Golden;

namespace BridgeBot.Teams.Tests.Cards.Support;

/// <summary>The golden files of the Teams cards (see <see cref="GoldenDirectory"/>), written as Teams receives them.</summary>
internal static class GoldenFile
{
    public static GoldenDirectory Cards { get; } =
        new(card => CardJson.Serialize(card, indented: true), "tests", "BridgeBot.Teams.Tests", "Cards", "Golden");

    public static string PathOf(string name) => Cards.PathOf(name);

    public static void Verify(string name, JsonObject card) => Cards.Verify(name, card);
}
