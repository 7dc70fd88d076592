using System.Text.Json;
using BridgeBot.Teams.Protocol;
using BridgeBot.Testing;

namespace BridgeBot.Teams.Tests.Protocol;

/// <summary>The activities a real Teams client sent (shared/fixtures/teams).</summary>
internal static class TeamsFixtures
{
    public static TheoryData<string> FileNames() => [.. SharedFixtures.JsonFiles("teams").Select(Path.GetFileName).OfType<string>()];

    public static string Json(string fileName) => SharedFixtures.Read("teams", fileName);

    public static Activity Activity(string fileName) => JsonSerializer.Deserialize<Activity>(Json(fileName), ProtocolJson.Options)!;
}
