namespace BridgeBot.Domain.Views;

/// <summary>How much of one manager's reasoning a viewer may see.</summary>
public enum ReasoningVisibility
{
    /// <summary>Not submitted yet.</summary>
    Missing,

    /// <summary>Submitted, but hidden from this viewer until both managers have submitted.</summary>
    Hidden,

    /// <summary>Shown in full.</summary>
    Visible,
}
