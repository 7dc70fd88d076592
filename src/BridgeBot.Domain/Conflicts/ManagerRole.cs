namespace BridgeBot.Domain.Conflicts;

/// <summary>The two managers every conflict names.</summary>
public enum ManagerRole
{
    /// <summary>Owns the what and the why: customer value.</summary>
    Product,

    /// <summary>Owns the when and the how: date, budget, people.</summary>
    Project,
}
