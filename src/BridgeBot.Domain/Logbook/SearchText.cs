using BridgeBot.Domain.Conflicts;

namespace BridgeBot.Domain.Logbook;

/// <summary>
/// What a conflict can be found by: its id, release, scope, people, the reasonings (only once both are in, so a search
/// never reveals a reasoning the page would hide), the decisions' rationales and the retrospective comments.
/// </summary>
public static class SearchText
{
    /// <summary>Whether every word of <paramref name="query"/> appears in the conflict's searchable text.</summary>
    public static bool Matches(ReleaseConflict conflict, string? query)
    {
        ArgumentNullException.ThrowIfNull(conflict);
        if (string.IsNullOrWhiteSpace(query))
        {
            return true;
        }

        var haystack = string.Join('\n', Of(conflict));
        return query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .All(word => haystack.Contains(word, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The texts a conflict is searched in.</summary>
    private static IEnumerable<string> Of(ReleaseConflict conflict)
    {
        ArgumentNullException.ThrowIfNull(conflict);
        yield return conflict.Id.ToString();
        yield return conflict.Release;
        foreach (var item in conflict.ScopeAtRisk)
        {
            yield return item;
        }

        yield return conflict.ProductManager.DisplayName;
        yield return conflict.ProjectManager.DisplayName;
        yield return conflict.OpenedBy.DisplayName;
        if (conflict.BothReasoningsIn)
        {
            foreach (var reasoning in new[] { conflict.ProductReasoning!, conflict.ProjectReasoning! })
            {
                yield return reasoning.ImpactIfDateHolds;
                yield return reasoning.ImpactIfDateMoves;
                yield return reasoning.AffectedCustomers;
                yield return reasoning.Notes;
            }
        }

        foreach (var decision in conflict.Decisions)
        {
            yield return decision.Option.Describe();
            yield return decision.Rationale;
            yield return decision.ProposedBy.DisplayName;
            if (decision.DecidedByApprover is { } approver)
            {
                yield return approver.DisplayName;
            }
        }

        if (conflict.CurrentProposal is { } proposal)
        {
            yield return proposal.Rationale;
        }

        if (conflict.Escalation is { } escalation)
        {
            yield return escalation.Reason;
        }

        if (conflict.Withdrawal is { } withdrawal)
        {
            yield return withdrawal.Reason;
        }

        foreach (var answer in conflict.Retrospectives)
        {
            yield return answer.Comment;
        }
    }
}
