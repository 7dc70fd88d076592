namespace BridgeBot.Domain.Workspaces;

/// <summary>
/// Identifies one inbound request as the platform numbers it (a Teams activity id, a Slack
/// event id or interaction), so a redelivery of the same request changes nothing.
/// </summary>
/// <param name="Value">Platform-qualified, e.g. <c>teams:{activity id}</c>.</param>
public readonly record struct DeliveryId(string Value)
{
    /// <inheritdoc />
    public override string ToString() => Value;
}
