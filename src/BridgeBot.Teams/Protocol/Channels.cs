namespace BridgeBot.Teams.Protocol;

/// <summary>Values of <see cref="Activity.ChannelId"/> this bot meets.</summary>
public static class Channels
{
    public const string MsTeams = "msteams";
    public const string Emulator = "emulator";
}
