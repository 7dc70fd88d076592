namespace BridgeBot.Domain.Conflicts;

/// <summary>How badly customers are hurt, as a manager judges it.</summary>
public enum Severity
{
    /// <summary>An inconvenience.</summary>
    Low,

    /// <summary>Noticeable; some customers complain.</summary>
    Medium,

    /// <summary>Customers lose something they count on.</summary>
    High,

    /// <summary>Customers leave, lose money or break a commitment of their own.</summary>
    Critical,
}
