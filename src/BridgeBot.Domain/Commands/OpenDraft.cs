using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Commands;

/// <summary>An <c>open</c> command's arguments as far as they were given; a form fills in the rest.</summary>
/// <param name="Release">Release name.</param>
/// <param name="Deadline">Deadline.</param>
/// <param name="ScopeAtRisk">Scope at risk.</param>
/// <param name="ProductManager">Product manager.</param>
/// <param name="ProjectManager">Project manager.</param>
public sealed record OpenDraft(
    string? Release,
    DateOnly? Deadline,
    IReadOnlyList<string> ScopeAtRisk,
    UserRef? ProductManager,
    UserRef? ProjectManager)
{
    /// <summary>Nothing given yet.</summary>
    public static OpenDraft Empty { get; } = new(null, null, [], null, null);

    /// <summary>The names of the arguments still missing, in the order the command takes them.</summary>
    public IReadOnlyList<string> Missing
    {
        get
        {
            var missing = new List<string>();
            if (string.IsNullOrWhiteSpace(Release))
            {
                missing.Add("release");
            }

            if (Deadline is null)
            {
                missing.Add("due date");
            }

            if (ScopeAtRisk.Count == 0)
            {
                missing.Add("scope");
            }

            if (ProductManager is null)
            {
                missing.Add("product manager");
            }

            if (ProjectManager is null)
            {
                missing.Add("project manager");
            }

            return missing;
        }
    }

    /// <summary>Whether every argument is there.</summary>
    public bool IsComplete => Missing.Count == 0;
}
