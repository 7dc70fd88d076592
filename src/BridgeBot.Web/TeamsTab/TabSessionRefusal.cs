namespace BridgeBot.Web.TeamsTab;

/// <summary>The answer to a refused sign-in (401): why, in words the tab shows.</summary>
/// <param name="Error">Why the token was refused.</param>
public sealed record TabSessionRefusal(string Error);
