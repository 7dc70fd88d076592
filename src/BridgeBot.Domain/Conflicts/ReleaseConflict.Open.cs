using BridgeBot.Domain.Conflicts.Events;
using BridgeBot.Domain.Text;

namespace BridgeBot.Domain.Conflicts;

public sealed partial record ReleaseConflict
{
    /// <summary>Opens a conflict. Anyone may; the two managers must be two different people.</summary>
    /// <param name="request">What to open.</param>
    /// <param name="id">The id allocated for it in the workspace.</param>
    /// <param name="now">The current time.</param>
    /// <param name="earliestDeadline">The earliest deadline that is not in the past for anyone; an earlier one is refused.</param>
    public static Validated<Transition> Open(OpenRequest request, ConflictId id, DateTimeOffset now, DateOnly earliestDeadline)
    {
        var release = UserText.CleanLine(request.Release);
        var scope = request.ScopeAtRisk.Select(UserText.CleanLine).Where(item => item.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

        var problem =
            (release.Length == 0 ? Refusal.Invalid("Name the release, e.g. \"Checkout 2.4\".", "release") : null)
            ?? (release.Length > ConflictLimits.ReleaseName
                ? Refusal.Invalid($"Keep the release name under {ConflictLimits.ReleaseName} characters.", "release")
                : null)
            ?? (request.Deadline < earliestDeadline
                ? Refusal.Invalid($"The deadline {request.Deadline:yyyy-MM-dd} is in the past; give the date at risk.", "deadline")
                : null)
            ?? (scope.Length == 0 ? Refusal.Invalid("List the scope at risk, e.g. \"SSO, audit export\".", "scope") : null)
            ?? (scope.Length > ConflictLimits.ScopeItems || scope.Any(item => item.Length > ConflictLimits.ScopeItem)
                ? Refusal.Invalid(
                    $"List at most {ConflictLimits.ScopeItems} scope items of at most {ConflictLimits.ScopeItem} characters each.",
                    "scope")
                : null)
            ?? (request.ProductManager == request.ProjectManager
                ? Refusal.Invalid(
                    "The product manager and the project manager must be two different people: the point is to hear both sides.",
                    "projectManager")
                : null);
        if (problem is not null)
        {
            return problem;
        }

        var opened = new ReleaseConflict
        {
            Id = id,
            Workspace = request.Workspace,
            ChannelId = request.ChannelId,
            Release = release,
            OriginalDeadline = request.Deadline,
            Deadline = request.Deadline,
            ScopeAtRisk = scope,
            ProductManager = request.ProductManager,
            ProjectManager = request.ProjectManager,
            OpenedBy = request.OpenedBy,
            OpenedAt = now,
            State = ConflictState.AwaitingReasoning,
            Version = 1,
            LastChangedAt = now,
        };
        var entry = new ConflictOpened(
            new EventStamp(id, 1, now, request.OpenedBy),
            release,
            request.Deadline,
            scope,
            request.ProductManager,
            request.ProjectManager,
            request.ChannelId);
        return new Transition(null, opened, [entry]);
    }
}
