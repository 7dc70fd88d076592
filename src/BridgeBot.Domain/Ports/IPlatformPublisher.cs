namespace BridgeBot.Domain.Ports;

/// <summary>Something that posts on one platform; a scheduler picks the one whose <see cref="Platform"/> prefixes a workspace id.</summary>
public interface IPlatformPublisher
{
    /// <summary>The workspace id prefix it serves, e.g. <c>teams:</c>.</summary>
    string Platform { get; }
}
