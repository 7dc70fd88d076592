using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Ports;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Teams.Delivery;
using BridgeBot.Teams.Protocol;
using BridgeBot.Teams.Tests.Connector;
using BridgeBot.Teams.Tests.Protocol;
using BridgeBot.Teams.Turns;

namespace BridgeBot.Teams.Tests.Delivery;

public class TeamsConversationsTests
{
    [Fact]
    public async Task A_personal_chat_is_saved_under_the_chat_and_the_sender_once_per_process()
    {
        await using var harness = await ConnectorHarness.StartAsync(authenticationOn: false);
        var store = new RecordingConversationStore();
        var conversations = new TeamsConversations(store, harness.Client, harness.Trust);
        var turn = TeamsTurn.From(TeamsFixtures.Activity("message-personal.json"))!;

        await conversations.RememberAsync(turn, CancellationToken.None);
        await conversations.RememberAsync(turn, CancellationToken.None);

        Assert.Equal([turn.ConversationKey, TeamsKeys.User(turn.Actor.Id)], store.Saves.Select(save => save.Key));
        Assert.Equal(store.Saves[0].Payload, store.Saves[1].Payload);
        var saved = await conversations.FindAsync(turn.Workspace, TeamsKeys.User(turn.Actor.Id), CancellationToken.None);
        Assert.NotNull(saved);
        Assert.Null(saved.ActivityId);
        Assert.Equal(turn.Activity.ServiceUrl, saved.ServiceUrl);
        Assert.Equal(turn.Activity.Conversation!.Id, saved.Conversation!.Id);
    }

    [Fact]
    public async Task A_changed_reference_is_saved_again()
    {
        await using var harness = await ConnectorHarness.StartAsync(authenticationOn: false);
        var store = new RecordingConversationStore();
        var conversations = new TeamsConversations(store, harness.Client, harness.Trust);
        var first = TeamsTurn.From(TeamsFixtures.Activity("message-personal.json"))!;
        var moved = TeamsFixtures.Activity("message-personal.json");
        moved.ServiceUrl = "https://smba.trafficmanager.net/emea/";

        await conversations.RememberAsync(first, CancellationToken.None);
        await conversations.RememberAsync(TeamsTurn.From(moved)!, CancellationToken.None);

        Assert.Equal(4, store.Saves.Count);
        var saved = await conversations.FindAsync(first.Workspace, first.ConversationKey, CancellationToken.None);
        Assert.Equal("https://smba.trafficmanager.net/emea/", saved!.ServiceUrl);
    }

    /// <summary>Keeps conversation addresses in memory and records every save; cards are not used here.</summary>
    private sealed class RecordingConversationStore : IConversationStore
    {
        private readonly Dictionary<(WorkspaceId, string), ConversationAddress> addresses = [];

        public List<ConversationAddress> Saves { get; } = [];

        public Task SaveConversationAsync(WorkspaceId workspace, ConversationAddress address, CancellationToken cancellationToken = default)
        {
            Saves.Add(address);
            addresses[(workspace, address.Key)] = address;
            return Task.CompletedTask;
        }

        public Task<ConversationAddress?> FindConversationAsync(WorkspaceId workspace, string key, CancellationToken cancellationToken = default) =>
            Task.FromResult(addresses.GetValueOrDefault((workspace, key)));

        public Task SaveCardAsync(WorkspaceId workspace, ConflictId id, CardAddress card, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task RemoveCardAsync(WorkspaceId workspace, ConflictId id, CardAddress card, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<bool> TryClaimCardPostAsync(
            WorkspaceId workspace, ConflictId id, string conversationKey, TimeSpan staleAfter, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task ReleaseCardPostAsync(WorkspaceId workspace, ConflictId id, string conversationKey, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<CardAddress>> ListCardsAsync(WorkspaceId workspace, ConflictId id, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();
    }
}
