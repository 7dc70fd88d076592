namespace BridgeBot.Domain.Commands;

/// <summary>How one command is written, with an example that parses.</summary>
/// <param name="Name">The command word.</param>
/// <param name="Syntax">The general form.</param>
/// <param name="Example">A complete example.</param>
/// <param name="Summary">What it does, in one sentence.</param>
public sealed record CommandSpec(string Name, string Syntax, string Example, string Summary);
