namespace BridgeBot.Domain.Commands;

/// <summary>What a <c>digest</c> command asks for.</summary>
public enum DigestAction
{
    /// <summary><c>digest</c>: show this channel's setting.</summary>
    Show,

    /// <summary><c>digest at …</c>: subscribe this channel (or change its schedule).</summary>
    Subscribe,

    /// <summary><c>digest off</c>: stop this channel's digest.</summary>
    Off,

    /// <summary><c>digest now</c>: show today's digest at once.</summary>
    Now,
}
