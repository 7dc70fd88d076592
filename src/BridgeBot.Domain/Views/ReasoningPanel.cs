using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Views;

/// <summary>One side of the side-by-side reasoning, as one viewer may see it.</summary>
/// <param name="Role">Whose side.</param>
/// <param name="Manager">The manager.</param>
/// <param name="Visibility">Missing, hidden from this viewer, or visible.</param>
/// <param name="Reasoning">The reasoning, only when <see cref="ReasoningVisibility.Visible"/>.</param>
public sealed record ReasoningPanel(ManagerRole Role, UserRef Manager, ReasoningVisibility Visibility, Reasoning? Reasoning);
