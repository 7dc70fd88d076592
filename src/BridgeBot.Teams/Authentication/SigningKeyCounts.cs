namespace BridgeBot.Teams.Authentication;

/// <summary>How many signing keys each issuer's cached metadata holds.</summary>
/// <param name="BotConnector">Keys of the Bot Connector (the channels' tokens).</param>
/// <param name="Entra">Keys of Microsoft Entra ID (the Emulator's and skills' tokens).</param>
public sealed record SigningKeyCounts(int BotConnector, int Entra);
