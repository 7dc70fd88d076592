using Azure;
using BridgeBot.Storage.Tables;
using BridgeBot.Testing.Azurite;

namespace BridgeBot.Storage.Tests.Tables;

[Collection(AzuriteFixture.CollectionName)]
public sealed class TableClientTransactionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Submit_Success_ReturnsEachEntitysNewETagInOrder()
    {
        var table = await AzuriteTable.CreateAsync(azurite);
        await table.Client.AddEntityAsync(new TableEntity("p", "existing") { ["V"] = 1 });
        var existing = (await table.Client.GetEntityAsync("p", "existing")).Value;
        await table.Client.AddEntityAsync(new TableEntity("p", "doomed"));

        var result = await table.Client.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "new") { ["V"] = 1 }),
            new(TableTransactionActionType.UpdateMerge, new TableEntity("p", "existing") { ["V"] = 2 }, existing.ETag),
            new(TableTransactionActionType.UpsertReplace, new TableEntity("p", "upserted")),
            new(TableTransactionActionType.Delete, new TableEntity("p", "doomed")),
        ]);

        Assert.Equal(202, result.GetRawResponse().Status);
        Assert.Equal([204, 204, 204, 204], result.Value.Select(part => part.Status));
        Assert.Equal((await table.Client.GetEntityAsync("p", "new")).Value.ETag, result.Value[0].Headers.ETag);
        Assert.Equal((await table.Client.GetEntityAsync("p", "existing")).Value.ETag, result.Value[1].Headers.ETag);
        Assert.Equal((await table.Client.GetEntityAsync("p", "upserted")).Value.ETag, result.Value[2].Headers.ETag);
        Assert.False((await table.Client.GetEntityIfExistsAsync("p", "doomed")).HasValue);
    }

    [Fact]
    public async Task Submit_ThirdActionFails_WritesNothingAndReportsIndex2()
    {
        var table = await AzuriteTable.CreateAsync(azurite);
        await table.Client.AddEntityAsync(new TableEntity("p", "taken") { ["V"] = "original" });

        var error = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.Client.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "first")),
            new(TableTransactionActionType.UpsertMerge, new TableEntity("p", "second")),
            new(TableTransactionActionType.Add, new TableEntity("p", "taken") { ["V"] = "overwritten" }),
            new(TableTransactionActionType.Add, new TableEntity("p", "fourth")),
        ]));

        Assert.Equal(2, error.FailedTransactionActionIndex);
        Assert.Equal(409, error.Status);
        Assert.Equal("EntityAlreadyExists", error.ErrorCode);
        var rows = await table.Client.QueryAsync().ToListAsync();
        Assert.Equal("taken", Assert.Single(rows).RowKey);
        Assert.Equal("original", rows[0]["V"]);
    }

    [Fact]
    public async Task Submit_UpdateWithStaleETag_Fails412AtThatIndex()
    {
        var table = await AzuriteTable.CreateAsync(azurite);
        var added = await table.Client.AddEntityAsync(new TableEntity("p", "conflict"));
        await table.Client.UpsertEntityAsync(new TableEntity("p", "conflict") { ["V"] = 2 });

        var error = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.Client.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "log-entry")),
            new(TableTransactionActionType.UpdateReplace, new TableEntity("p", "conflict"), added.Headers.ETag!.Value),
        ]));

        Assert.Equal(1, error.FailedTransactionActionIndex);
        Assert.Equal(412, error.Status);
        Assert.Equal("UpdateConditionNotSatisfied", error.ErrorCode);
        Assert.False((await table.Client.GetEntityIfExistsAsync("p", "log-entry")).HasValue);
    }

    [Fact]
    public async Task Submit_OneHundredActions_Succeeds()
    {
        var table = await AzuriteTable.CreateAsync(azurite);

        var result = await table.Client.SubmitTransactionAsync(Adds("p", 100));

        Assert.Equal(100, result.Value.Count);
    }

    [Fact]
    public async Task Submit_MoreThan100Actions_ThrowsArgumentExceptionBeforeAnyRequest()
    {
        var table = await AzuriteTable.CreateAsync(azurite);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => table.Client.SubmitTransactionAsync(Adds("p", 101)));

        Assert.Contains("101", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, table.Http.RequestCount);
    }

    [Fact]
    public async Task Submit_MixedPartitions_ThrowsArgumentExceptionBeforeAnyRequest()
    {
        var table = await AzuriteTable.CreateAsync(azurite);

        await Assert.ThrowsAsync<ArgumentException>(() => table.Client.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("a", "1")),
            new(TableTransactionActionType.Add, new TableEntity("b", "2")),
        ]));

        Assert.Equal(0, table.Http.RequestCount);
    }

    [Fact]
    public async Task Submit_SameEntityTwice_ThrowsArgumentExceptionBeforeAnyRequest()
    {
        var table = await AzuriteTable.CreateAsync(azurite);

        await Assert.ThrowsAsync<ArgumentException>(() => table.Client.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "1")),
            new(TableTransactionActionType.UpsertMerge, new TableEntity("p", "1")),
        ]));

        Assert.Equal(0, table.Http.RequestCount);
    }

    [Fact]
    public async Task Submit_NoActions_ThrowsArgumentException()
    {
        var table = await AzuriteTable.CreateAsync(azurite);

        await Assert.ThrowsAsync<ArgumentException>(() => table.Client.SubmitTransactionAsync([]));
    }

    [Fact]
    public async Task Submit_KeysNeedingEscapes_AreAddressedExactly()
    {
        var table = await AzuriteTable.CreateAsync(azurite);
        const string Partition = "it's p ü";
        await table.Client.AddEntityAsync(new TableEntity(Partition, "r & 'q'") { ["V"] = 1 });

        await table.Client.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.UpdateMerge, new TableEntity(Partition, "r & 'q'") { ["V"] = 2 }, ETag.All),
            new(TableTransactionActionType.Add, new TableEntity(Partition, TableKey.Encode("a/b#c"))),
        ]);

        Assert.Equal(2, (await table.Client.GetEntityAsync(Partition, "r & 'q'")).Value["V"]);
        Assert.True((await table.Client.GetEntityIfExistsAsync(Partition, TableKey.Encode("a/b#c"))).HasValue);
    }

    private static IEnumerable<TableTransactionAction> Adds(string partitionKey, int count) =>
        Enumerable.Range(0, count).Select(index =>
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(partitionKey, $"row{index:D3}")));
}
