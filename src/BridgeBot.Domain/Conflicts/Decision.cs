using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Conflicts;

/// <summary>
/// A decision, numbered per conflict. Reopening and deciding again adds a new decision that
/// supersedes the previous one; the old one stays, in the conflict and in the log.
/// </summary>
/// <param name="Number">1 for the first decision, 2 after one reopening, …</param>
/// <param name="ProposalNumber">The proposal decided on; 0 when the escalation approver chose an option of their own.</param>
/// <param name="Option">What was decided.</param>
/// <param name="Rationale">Why, in customer terms (the proposer's, or the approver's when they decided alone).</param>
/// <param name="ProposedBy">Who proposed it.</param>
/// <param name="Approvals">The managers' approvals.</param>
/// <param name="DecidedByApprover">The escalation approver, when they decided alone; otherwise null.</param>
/// <param name="DecidedAt">When.</param>
/// <param name="DeadlineBefore">The deadline the option was chosen against.</param>
/// <param name="ReleaseDate">The date the release now ships (the last phase's date for a phased release).</param>
/// <param name="ProductSummary">The product manager's reasoning in one line, as it stood at the decision.</param>
/// <param name="ProjectSummary">The project manager's reasoning in one line, as it stood at the decision.</param>
public sealed record Decision(
    int Number,
    int ProposalNumber,
    DecisionOption Option,
    string Rationale,
    UserRef ProposedBy,
    IReadOnlyList<Approval> Approvals,
    UserRef? DecidedByApprover,
    DateTimeOffset DecidedAt,
    DateOnly DeadlineBefore,
    DateOnly ReleaseDate,
    string ProductSummary,
    string ProjectSummary);
