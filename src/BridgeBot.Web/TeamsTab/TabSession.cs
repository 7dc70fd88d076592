namespace BridgeBot.Web.TeamsTab;

/// <summary>The answer to a valid sign-in: the signed decision-log link the tab opens, and when it stops working.</summary>
/// <param name="Url">The link.</param>
/// <param name="ExpiresAt">Its expiry.</param>
public sealed record TabSession(string Url, DateTimeOffset ExpiresAt);
