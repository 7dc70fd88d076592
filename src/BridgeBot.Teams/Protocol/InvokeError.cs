namespace BridgeBot.Teams.Protocol;

/// <summary>The <c>{code, message}</c> value of an error answer to an invoke.</summary>
public sealed record InvokeError(string Code, string Message);
