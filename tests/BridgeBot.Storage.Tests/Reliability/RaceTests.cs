using BridgeBot.Domain.Application;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Events;
using BridgeBot.Storage.Tests.Support;
using BridgeBot.Testing.Azurite;
using BridgeBot.Testing.Reliability;
using static BridgeBot.Storage.Tests.Support.StoreHarness;

namespace BridgeBot.Storage.Tests.Reliability;

/// <summary>A hundred approvals, rejections and proposal edits on one conflict at once, against real storage.</summary>
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Reliability")]
public class RaceTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task HundredConcurrentChanges_TheLogTellsOneStory_AndTheStateIsItsEnd(int seed)
    {
        var harness = Create(azurite.Server, null);
        var id = await harness.ProposedAsync();
        var random = new Random(seed);
        // Proposal edits outnumber approvals, so the story runs on for a while before someone's approval decides it.
        var plan = Enumerable.Range(0, 100).Select(index => (Index: index, Kind: random.Next(6))).ToArray();

        var outcomes = await Task.WhenAll(plan.Select(step => step.Kind switch
        {
            0 => harness.Service.ApproveAsync(harness.As(Ben, $"approve-{step.Index}"), id, null, $"ok {step.Index}"),
            1 => harness.Service.RejectAsync(harness.As(Ben, $"reject-{step.Index}"), id, null, $"no {step.Index}"),
            2 or 3 => harness.Service.ProposeAsync(harness.As(Ana, $"ana-{step.Index}"), id, MoveTo(new DateOnly(2027, 1, 10).AddDays(step.Index)), $"Ana {step.Index}"),
            _ => harness.Service.ProposeAsync(harness.As(Ben, $"ben-{step.Index}"), id, MoveTo(new DateOnly(2027, 2, 10).AddDays(step.Index)), $"Ben {step.Index}"),
        }));

        var log = await harness.Store.ReadLogAsync(harness.Workspace, id);
        var stored = (await harness.Store.GetAsync(harness.Workspace, id))!.Conflict;
        var story = Story.Replay(log);
        var applied = outcomes.Where(outcome => outcome.Kind == OutcomeKind.Changed).Sum(outcome => outcome.Events.Count);
        var refused = outcomes.Where(outcome => outcome.Kind == OutcomeKind.Refused).ToArray();
        ReliabilityFigures.Record($"races.seed{seed}", new
        {
            changes = plan.Length,
            applied = outcomes.Count(outcome => outcome.Kind == OutcomeKind.Changed),
            refusedAsStale = refused.Count(outcome => outcome.Refusal!.Code == RefusalCode.Stale),
            refusedByTheRules = refused.Count(outcome => outcome.Refusal!.Code != RefusalCode.Stale),
            logEntries = log.Count,
            decided = stored.State == ConflictState.Decided,
            inconsistencies = story.Problems.Count,
        });

        Assert.Empty(story.Problems);
        Assert.Equal(Enumerable.Range(1, log.Count), log.Select(entry => entry.Stamp.Sequence));
        Assert.Equal(log.Count, stored.Version);
        Assert.Equal(log.Count - 4, applied); // the set-up wrote four entries: opened, two reasonings, a proposal
        Assert.All(outcomes, outcome => Assert.Contains(outcome.Kind, new[] { OutcomeKind.Changed, OutcomeKind.Refused }));
        Assert.Equal(story.Decided, stored.State == ConflictState.Decided);
        if (story.Decided)
        {
            Assert.Equal(story.CurrentProposal, stored.LatestDecision!.ProposalNumber);
        }
        else if (story.CurrentProposal == 0)
        {
            Assert.Null(stored.CurrentProposal);
        }
        else
        {
            Assert.Equal(story.CurrentProposal, stored.CurrentProposal!.Number);
            Assert.Equal(story.Approvals.Order(), stored.CurrentProposal.Approvals.Select(approval => approval.Role).Order());
        }

        Assert.Equal(story.Proposals, stored.ProposalCount);
    }

    /// <summary>Reads a conflict's log from the start and checks that each entry could follow the ones before it.</summary>
    private sealed class Story
    {
        /// <summary>The proposal that may be approved now; 0 when there is none (after a rejection).</summary>
        public int CurrentProposal { get; private set; }

        public int Proposals { get; private set; }

        public HashSet<ManagerRole> Approvals { get; } = [];

        public bool Decided { get; private set; }

        public List<string> Problems { get; } = [];

        public static Story Replay(IReadOnlyList<ConflictEvent> log)
        {
            var story = new Story();
            foreach (var entry in log)
            {
                story.Apply(entry);
            }

            return story;
        }

        private void Apply(ConflictEvent entry)
        {
            var at = $"#{entry.Stamp.Sequence} {entry.GetType().Name}";
            if (Decided && entry is ProposalMade or ProposalApproved or ProposalRejected or ConflictDecided)
            {
                Problems.Add($"{at} after the decision");
            }

            switch (entry)
            {
                case ProposalMade made:
                    if (made.Proposal.Number != Proposals + 1)
                    {
                        Problems.Add($"{at}: proposal #{made.Proposal.Number} after #{Proposals}");
                    }

                    Proposals = CurrentProposal = made.Proposal.Number;
                    Approvals.Clear();
                    Approvals.UnionWith(made.Proposal.Approvals.Select(approval => approval.Role));
                    break;
                case ProposalApproved approved:
                    Expect(approved.ProposalNumber, at);
                    if (!Approvals.Add(approved.Approval.Role))
                    {
                        Problems.Add($"{at}: {approved.Approval.Role} approved #{approved.ProposalNumber} twice");
                    }

                    break;
                case ProposalRejected rejected:
                    // A rejected proposal stops being current: only a new proposal can be approved now.
                    Expect(rejected.ProposalNumber, at);
                    CurrentProposal = 0;
                    Approvals.Clear();
                    break;
                case ConflictDecided decided:
                    Expect(decided.Decision.ProposalNumber, at);
                    if (Approvals.Count != 2)
                    {
                        Problems.Add($"{at}: decided with approvals from {string.Join(", ", Approvals)} only");
                    }

                    Decided = true;
                    break;
            }
        }

        private void Expect(int proposal, string at)
        {
            if (proposal != CurrentProposal)
            {
                Problems.Add($"{at}: about proposal #{proposal} while #{CurrentProposal} is current");
            }
        }
    }
}
