using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Events;
using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Views;
using BridgeBot.Domain.Workspaces;
using FsCheck.Xunit;
using static BridgeBot.Domain.Tests.Support.Conflicts;
using static BridgeBot.Domain.Tests.Support.People;

namespace BridgeBot.Domain.Tests.Conflicts;

/// <summary>
/// Random scripts of commands by random people (both managers, the approver, a bystander) against one
/// conflict. Each int of the script picks an actor, a command and a variant; FsCheck shrinks a failing
/// script to the shortest one that still fails.
/// </summary>
public class ReleaseConflictPropertyTests
{
    private static readonly UserRef[] Actors = [Ana, Ben, Carol, Dev];

    [Property(MaxTest = 500)]
    public bool NeverDecidedWithoutBothApprovalsOfTheSameProposal(int[] script)
    {
        var approvalsByProposal = new Dictionary<int, HashSet<ManagerRole>>();
        foreach (var entry in Run(script).SelectMany(t => t.Events))
        {
            switch (entry)
            {
                case ProposalMade made:
                    approvalsByProposal[made.Proposal.Number] = [made.Proposal.ProposerRole];
                    break;
                case ProposalApproved approved:
                    approvalsByProposal[approved.ProposalNumber].Add(approved.Approval.Role);
                    break;
                case ConflictDecided { Decision.DecidedByApprover: null } decided:
                    var number = decided.Decision.ProposalNumber;
                    if (!approvalsByProposal.TryGetValue(number, out var roles) || roles.Count != 2
                        || decided.Decision.Approvals.Select(a => a.Role).Distinct().Count() != 2)
                    {
                        return false;
                    }

                    break;
                case ConflictDecided { Decision.DecidedByApprover: { } approver } byApprover:
                    if (approver != Carol)
                    {
                        return false;
                    }

                    break;
            }
        }

        return true;
    }

    [Property(MaxTest = 500)]
    public bool ReasoningNeverVisibleToTheOtherManagerBeforeBothSubmitted(int[] script)
    {
        var settings = new WorkspaceSettings(Carol, 1);
        foreach (var conflict in Run(script).Select(t => t.After).Prepend(Opened()))
        {
            if (conflict.BothReasoningsIn)
            {
                continue;
            }

            var forBen = ConflictViewBuilder.For(conflict, Ben, settings, Today);
            var forAna = ConflictViewBuilder.For(conflict, Ana, settings, Today);
            var forCarol = ConflictViewBuilder.For(conflict, Carol, settings, Today);
            if (forBen.Product.Reasoning is not null || forAna.Project.Reasoning is not null
                || forCarol.Product.Reasoning is not null || forCarol.Project.Reasoning is not null)
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 500)]
    public bool LogSequenceNumbersAreGapFree(int[] script)
    {
        var sequences = new List<int> { 1 };
        var last = Opened();
        foreach (var transition in Run(script))
        {
            sequences.AddRange(transition.Events.Select(e => e.Stamp.Sequence));
            if (transition.Before!.Version != sequences.Count - transition.Events.Count || transition.After.Version != sequences.Count)
            {
                return false;
            }

            last = transition.After;
        }

        return sequences.SequenceEqual(Enumerable.Range(1, sequences.Count)) && last.Version == sequences.Count;
    }

    [Property(MaxTest = 300)]
    public bool ViewActionsAgreeWithTransitions(int[] script)
    {
        // What a view offers must be exactly what the transition would accept (for valid input).
        var settings = new WorkspaceSettings(Carol, 1);
        foreach (var conflict in Run(script).Select(t => t.After).Prepend(Opened()))
        {
            foreach (var actor in Actors)
            {
                var view = ConflictViewBuilder.For(conflict, actor, settings, Today);
                var canApprove = conflict.Approve(actor, null, null, Now).IsValid;
                var canPropose = conflict.Propose(actor, MoveTo(conflict.Deadline.AddDays(7)), "why", Now).IsValid;
                var canWithdraw = conflict.Withdraw(actor, "why", Now).IsValid;
                if (view.Can(ConflictActions.Approve) != canApprove
                    || view.Can(ConflictActions.Propose) != canPropose
                    || view.Can(ConflictActions.Withdraw) != canWithdraw)
                {
                    return false;
                }
            }
        }

        return true;
    }

    [Fact]
    public void Scripts_ReachEveryStateSoThePropertiesAreNotVacuous()
    {
        var random = new Random(20261122);
        var reached = new HashSet<ConflictState>();
        var decisionsByBothManagers = 0;
        for (var i = 0; i < 2000; i++)
        {
            var script = Enumerable.Range(0, random.Next(1, 60)).Select(_ => random.Next()).ToArray();
            foreach (var transition in Run(script))
            {
                reached.Add(transition.After.State);
                decisionsByBothManagers += transition.Events.OfType<ConflictDecided>().Count(e => e.Decision.DecidedByApprover is null);
            }
        }

        Assert.Equal(Enum.GetValues<ConflictState>().ToHashSet(), reached);
        Assert.True(decisionsByBothManagers > 50, $"only {decisionsByBothManagers} decisions by both managers");
    }

    private static List<Transition> Run(int[] script)
    {
        var transitions = new List<Transition>();
        var conflict = Opened();
        var clock = Now;
        foreach (var code in script ?? [])
        {
            var n = (int)((uint)code % 4000);
            var actor = Actors[n % Actors.Length];
            var variant = n / 40 % 5;
            clock = clock.AddMinutes(1);
            var result = (n / 4 % 10) switch
            {
                0 or 1 => conflict.SubmitReasoning(actor, variant % 2 == 0 ? ManagerRole.Product : ManagerRole.Project, Reasoning(), clock),
                2 => conflict.Propose(actor, Option(conflict, variant), "customers", clock),
                3 or 4 => conflict.Approve(actor, variant == 4 ? 1 : null, null, clock),
                5 => conflict.Reject(actor, null, "no", variant % 2 == 0 ? Carol : null, clock),
                6 => conflict.Escalate(actor, Carol, "stuck", clock),
                7 => conflict.DecideAsApprover(actor, variant == 0 ? null : Option(conflict, variant), "decided", clock),
                8 => conflict.Reopen(actor, Carol, "changed", clock),
                _ => variant == 0 ? conflict.Withdraw(actor, "gone", clock) : conflict.Approve(actor, null, null, clock),
            };
            if (result.IsValid)
            {
                transitions.Add(result.Value);
                conflict = result.Value.After;
            }
        }

        return transitions;
    }

    private static OptionInput Option(ReleaseConflict conflict, int variant) => variant switch
    {
        0 => Cut("SSO"),
        1 => MoveTo(conflict.Deadline.AddDays(14)),
        2 => new OptionInput(OptionKind.PhasedRelease, Phases: [new("checkout", conflict.Deadline), new("SSO", conflict.Deadline.AddDays(30))]),
        3 => new OptionInput(OptionKind.Other, Description: "feature flag"),
        _ => MoveTo(conflict.Deadline.AddDays(-1)),
    };
}
