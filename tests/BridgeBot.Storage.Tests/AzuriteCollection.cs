using BridgeBot.Testing.Azurite;

namespace BridgeBot.Storage.Tests;

/// <summary>Test classes of this assembly that talk to Azurite share one server.</summary>
[CollectionDefinition(AzuriteFixture.CollectionName)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>;
