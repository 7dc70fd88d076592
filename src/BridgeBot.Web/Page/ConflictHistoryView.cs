using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Events;
using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Conflicts.Retrospectives;
using BridgeBot.Domain.Text;
using BridgeBot.Domain.Views;

namespace BridgeBot.Web.Page;

/// <summary>
/// One conflict's whole story: the facts, both reasonings side by side (hidden until both are in, as everywhere else),
/// every decision with what a superseding one changed, the retrospective answers, and the log entry by entry.
/// </summary>
internal static class ConflictHistoryView
{
    public static string Render(ReleaseConflict conflict, IReadOnlyList<ConflictEvent> log, string backLink)
    {
        var html = new Html();
        html.Raw("<p>").Link(backLink, "← All conflicts").Raw("</p>");
        html.Raw("<h1>").Text($"{conflict.Id} · {conflict.Release} ").Element("span", DisplayText.State(conflict.State), "badge").Raw("</h1>");
        Facts(html, conflict);
        Reasonings(html, conflict);
        Decisions(html, conflict);
        Retrospectives(html, conflict);
        Timeline(html, log);
        return html.ToString();
    }

    private static void Facts(Html html, ReleaseConflict conflict)
    {
        html.Raw("<dl class=\"facts\">");
        Fact(html, "Deadline", conflict.Deadline == conflict.OriginalDeadline
            ? DisplayText.Date(conflict.Deadline)
            : $"{DisplayText.Date(conflict.Deadline)} (originally {DisplayText.Date(conflict.OriginalDeadline)})");
        Fact(html, "Scope at risk", string.Join(", ", conflict.ScopeAtRisk));
        Fact(html, "Product manager", conflict.ProductManager.DisplayName);
        Fact(html, "Project manager", conflict.ProjectManager.DisplayName);
        Fact(html, "Opened", $"{DisplayText.Time(conflict.OpenedAt)} by {conflict.OpenedBy.DisplayName}");
        if (conflict.Escalation is { } escalation)
        {
            Fact(html, "Escalated", $"to {escalation.To.DisplayName}: {escalation.Reason}");
        }

        if (conflict.Withdrawal is { } withdrawal)
        {
            Fact(html, "Withdrawn", $"{DisplayText.Time(withdrawal.At)} by {withdrawal.By.DisplayName}: {withdrawal.Reason}");
        }

        html.Raw("</dl>");
    }

    private static void Reasonings(Html html, ReleaseConflict conflict)
    {
        html.Element("h2", "Customer impact, as each manager sees it");
        html.Raw("<div class=\"side-by-side\">");
        foreach (var role in new[] { ManagerRole.Product, ManagerRole.Project })
        {
            var reasoning = conflict.ReasoningFor(role);
            html.Raw("<section class=\"reasoning\">").Element("h3", $"{Capital(DisplayText.Role(role))}: {conflict.ManagerFor(role).DisplayName}");
            if (reasoning is null)
            {
                html.Element("p", "Not written yet.", "subtle");
            }
            else if (!conflict.BothReasoningsIn)
            {
                html.Element("p", "Written, and hidden until both managers have written theirs.", "subtle");
            }
            else
            {
                html.Raw("<dl>");
                Fact(html, "If the date holds", reasoning.ImpactIfDateHolds);
                Fact(html, "If the date moves", reasoning.ImpactIfDateMoves);
                Fact(html, "Affected", reasoning.AffectedCustomers);
                Fact(html, "Severity", reasoning.Severity.ToString());
                Fact(html, "Prefers", OptionKindText.Label(reasoning.PreferredOption));
                if (reasoning.Notes.Length > 0)
                {
                    Fact(html, "Notes", reasoning.Notes);
                }

                Fact(html, "Written", DisplayText.Time(reasoning.SubmittedAt));
                html.Raw("</dl>");
            }

            html.Raw("</section>");
        }

        html.Raw("</div>");
    }

    private static void Decisions(Html html, ReleaseConflict conflict)
    {
        if (conflict.Decisions.Count == 0)
        {
            return;
        }

        html.Element("h2", "Decisions");
        for (var i = conflict.Decisions.Count - 1; i >= 0; i--)
        {
            var decision = conflict.Decisions[i];
            var inForce = i == conflict.Decisions.Count - 1 && conflict.State == ConflictState.Decided;
            html.Raw($"<section class=\"decision-card{(inForce ? string.Empty : " superseded")}\">");
            html.Element("h3", $"Decision {DisplayText.Number(decision.Number)}{(inForce ? " (in force)" : i < conflict.Decisions.Count - 1 ? $" (superseded by {DisplayText.Number(decision.Number + 1)})" : " (reopened)")}");
            html.Raw("<dl>");
            Fact(html, "Option", decision.Option.Describe());
            Fact(html, "Release date", DisplayText.Date(decision.ReleaseDate));
            Fact(html, "Why", decision.Rationale);
            Fact(html, "Proposed by", decision.ProposedBy.DisplayName);
            foreach (var approval in decision.Approvals)
            {
                Fact(html, "Approved by", approval.By.DisplayName + (approval.Note.Length > 0 ? $": {approval.Note}" : string.Empty));
            }

            if (decision.DecidedByApprover is { } approver)
            {
                Fact(html, "Decided by", $"{approver.DisplayName}, the escalation approver");
            }

            Fact(html, "Decided", DisplayText.Time(decision.DecidedAt));
            html.Raw("</dl>");
            if (i > 0)
            {
                var changes = DecisionDiff.Between(conflict.Decisions[i - 1], decision);
                html.Element("p", changes.Count == 0 ? "Same option as the decision it supersedes." : "What changed from the decision it supersedes:", "subtle");
                if (changes.Count > 0)
                {
                    html.Open("ul", "changes");
                    foreach (var change in changes)
                    {
                        html.Element("li", $"{change.What}: {change.Before} → {change.After}");
                    }

                    html.Close("ul");
                }
            }

            html.Raw("</section>");
        }
    }

    private static void Retrospectives(Html html, ReleaseConflict conflict)
    {
        if (conflict.Retrospectives.Count == 0)
        {
            return;
        }

        html.Element("h2", "Retrospective: did the predicted customer impact happen?");
        html.Open("ul", "retrospectives");
        foreach (var answer in conflict.Retrospectives)
        {
            html.Raw("<li><strong>").Text($"{Answer(answer.Answer)}: ").Raw("</strong>")
                .Text($"{answer.Comment} — {answer.By.DisplayName}, {DisplayText.Role(answer.Role)}, on decision {DisplayText.Number(answer.DecisionNumber)}, {DisplayText.Time(answer.At)}")
                .Raw("</li>");
        }

        html.Close("ul");
    }

    private static void Timeline(Html html, IReadOnlyList<ConflictEvent> log)
    {
        html.Element("h2", "The log, entry by entry");
        html.Open("ol", "timeline");
        foreach (var entry in log)
        {
            html.Raw("<li>").Element("time", DisplayText.Time(entry.Stamp.At)).Raw(" ").Text(entry.Summary);
            var detail = Detail(entry);
            if (detail is not null)
            {
                html.Element("div", detail, "detail");
            }

            html.Raw("</li>");
        }

        html.Close("ol");
    }

    private static string? Detail(ConflictEvent entry) => entry switch
    {
        ProposalMade made => "Why: " + made.Proposal.Rationale,
        ProposalApproved { Approval.Note.Length: > 0 } approved => "Note: " + approved.Approval.Note,
        ConflictDecided decided => "Why: " + decided.Decision.Rationale,
        _ => null,
    };

    private static string Answer(ImpactHappened answer) => answer switch
    {
        ImpactHappened.Yes => "Yes, it happened",
        ImpactHappened.Partly => "Partly",
        _ => "No, it did not happen",
    };

    private static void Fact(Html html, string term, string value) => html.Element("dt", term).Element("dd", value);

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
