namespace BridgeBot.Web.Links;

/// <summary>What a decision-log link's signature and expiry say.</summary>
public enum LinkCheck
{
    /// <summary>Signed by us for this workspace, and not expired.</summary>
    Valid,

    /// <summary>Missing, incomplete, changed, or signed with another key.</summary>
    Invalid,

    /// <summary>Genuine, but past its expiry.</summary>
    Expired,
}
