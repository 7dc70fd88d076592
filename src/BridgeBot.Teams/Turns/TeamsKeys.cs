namespace BridgeBot.Teams.Turns;

/// <summary>Keys of Teams conversation addresses in the conversation store.</summary>
public static class TeamsKeys
{
    /// <summary>A conversation (channel thread, group chat or 1:1 chat) by its id.</summary>
    public static string Conversation(string conversationId) => "teams:conversation:" + conversationId;

    /// <summary>The 1:1 chat of the bot with a person.</summary>
    public static string User(string userId) => "teams:user:" + userId;
}
