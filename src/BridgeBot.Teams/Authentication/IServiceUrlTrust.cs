namespace BridgeBot.Teams.Authentication;

/// <summary>
/// The service URLs the bot may send its connector token to. A URL becomes trusted by arriving on an
/// authenticated request; an interface so that storage can back it later.
/// </summary>
public interface IServiceUrlTrust
{
    void Trust(string serviceUrl);

    bool IsTrusted(string serviceUrl);
}
