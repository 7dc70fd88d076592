using Azure;
using BridgeBot.Storage.Tables;
using BridgeBot.Storage.Tests.Support;
using BridgeBot.Testing.Azurite;

namespace BridgeBot.Storage.Tests.Tables;

[Collection(AzuriteCollection.Name)]
public class TableClientTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task CreateIfNotExists_Twice_IsFine()
    {
        var (table, _) = TestTables.Create(azurite.Server);

        await table.CreateIfNotExistsAsync();
        await table.CreateIfNotExistsAsync();

        Assert.Null(await table.GetEntityIfExistsAsync("p", "r"));
    }

    [Fact]
    public async Task Entity_EveryEdmType_RoundTrips()
    {
        var (table, _) = await TestTables.CreateTableAsync(azurite.Server);
        var when = new DateTimeOffset(2026, 11, 22, 9, 30, 15, TimeSpan.Zero).AddTicks(1234567);
        var guid = Guid.NewGuid();
        var entity = new TableEntity("p", "r")
        {
            ["Text"] = "hé “quoted” \n line",
            ["Small"] = 42,
            ["Big"] = (1L << 53) + 1,
            ["Whole"] = 1.0,
            ["Fraction"] = 0.1,
            ["Flag"] = true,
            ["When"] = when,
            ["Id"] = guid,
            ["Bytes"] = new byte[] { 0, 1, 254, 255 },
            ["Nothing"] = null,
        };

        var etag = await table.AddEntityAsync(entity);
        var back = await table.GetEntityAsync("p", "r");

        Assert.Equal("hé “quoted” \n line", back.GetString("Text"));
        Assert.Equal(42, back["Small"]);
        Assert.Equal((1L << 53) + 1, back["Big"]);
        Assert.Equal(1.0, Assert.IsType<double>(back["Whole"]));
        Assert.Equal(0.1, back["Fraction"]);
        Assert.Equal(true, back["Flag"]);
        Assert.Equal(when, back.GetDateTimeOffset("When"));
        Assert.Equal(guid, back["Id"]);
        Assert.Equal(new byte[] { 0, 1, 254, 255 }, back.GetBinary("Bytes"));
        Assert.False(back.ContainsKey("Nothing"));
        Assert.Equal(etag, back.ETag);
        Assert.NotNull(back.Timestamp);
    }

    [Fact]
    public async Task Keys_WithForbiddenCharacters_RoundTripThroughTableKey()
    {
        var (table, _) = await TestTables.CreateTableAsync(azurite.Server);
        var partition = TableKey.Encode("teams:19:abc@thread.tacv2;messageid=1/2#3?4%5+6'7\\8");
        var row = TableKey.Encode("delivery 'x' " + (char)1);

        await table.AddEntityAsync(new TableEntity(partition, row) { ["V"] = 1 });
        var back = await table.GetEntityAsync(partition, row);
        var queried = await table.QueryAsync(TableOdataFilter.Create($"PartitionKey eq {partition} and RowKey eq {row}")).ToListAsync();

        Assert.Equal(row, back.RowKey);
        Assert.Single(queried);
        Assert.Equal("delivery 'x' " + (char)1, TableKey.Decode(queried[0].RowKey));
    }

    [Fact]
    public async Task Get_MissingEntity_Throws404WithResourceNotFound()
    {
        var (table, _) = await TestTables.CreateTableAsync(azurite.Server);

        var failure = await Assert.ThrowsAsync<RequestFailedException>(() => table.GetEntityAsync("p", "missing"));

        Assert.Equal(404, failure.Status);
    }

    [Fact]
    public async Task Get_MissingTable_Throws()
    {
        var (table, _) = TestTables.Create(azurite.Server);

        var failure = await Assert.ThrowsAsync<RequestFailedException>(() => table.GetEntityIfExistsAsync("p", "r"));

        Assert.Equal(404, failure.Status);
        Assert.Equal("TableNotFound", failure.ErrorCode);
    }

    [Fact]
    public async Task Query_FilterSelectTop_AndContinuationOverMoreThanAThousandRows()
    {
        var (table, counter) = await TestTables.CreateTableAsync(azurite.Server);
        for (var batch = 0; batch < 11; batch++)
        {
            await table.SubmitTransactionAsync(Enumerable.Range(batch * 100, 100).Select(i =>
                new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture))
                {
                    ["N"] = i,
                    ["Even"] = i % 2 == 0,
                })));
        }

        counter.Reset();
        var all = await table.QueryAsync(TableOdataFilter.Create($"PartitionKey eq {"p"}")).ToListAsync();
        var pages = counter.Requests.Count;
        var even = await table.QueryAsync(TableOdataFilter.Create($"PartitionKey eq {"p"} and Even eq {true} and N lt {20}"), select: ["N"]).ToListAsync();
        counter.Reset();
        var paged = await table.QueryAsync(TableOdataFilter.Create($"PartitionKey eq {"p"}"), maxPerPage: 250).ToListAsync();

        Assert.Equal(1100, all.Count);
        Assert.Equal(Enumerable.Range(0, 1100), all.Select(e => e.GetInt32("N")!.Value));
        Assert.True(pages >= 2, $"expected continuation over {pages} pages");
        Assert.Equal([0, 2, 4, 6, 8, 10, 12, 14, 16, 18], even.Select(e => e.GetInt32("N")!.Value));
        Assert.False(even[0].ContainsKey("Even"));
        Assert.Equal(1100, paged.Count);
        Assert.Equal(5, counter.Requests.Count);
    }

    [Fact]
    public async Task Update_StaleETag_Is412AndNotRetried()
    {
        var (table, counter) = await TestTables.CreateTableAsync(azurite.Server);
        var first = await table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 1 });
        await table.UpdateEntityAsync(new TableEntity("p", "r") { ["V"] = 2 }, first, TableUpdateMode.Replace);
        counter.Reset();

        var failure = await Assert.ThrowsAsync<RequestFailedException>(
            () => table.UpdateEntityAsync(new TableEntity("p", "r") { ["V"] = 3 }, first, TableUpdateMode.Replace));

        Assert.Equal(412, failure.Status);
        Assert.Equal("UpdateConditionNotSatisfied", failure.ErrorCode);
        Assert.Single(counter.Requests);
        Assert.Equal(2, (await table.GetEntityAsync("p", "r")).GetInt32("V"));
    }

    [Fact]
    public async Task Add_Duplicate_Is409AndNotRetried()
    {
        var (table, counter) = await TestTables.CreateTableAsync(azurite.Server);
        await table.AddEntityAsync(new TableEntity("p", "r"));
        counter.Reset();

        var failure = await Assert.ThrowsAsync<RequestFailedException>(() => table.AddEntityAsync(new TableEntity("p", "r")));

        Assert.Equal(409, failure.Status);
        Assert.Equal("EntityAlreadyExists", failure.ErrorCode);
        Assert.Single(counter.Requests);
    }

    [Fact]
    public async Task Merge_KeepsOtherPropertiesAndUpsertReplaceDropsThem()
    {
        var (table, _) = await TestTables.CreateTableAsync(azurite.Server);
        await table.AddEntityAsync(new TableEntity("p", "r") { ["A"] = 1, ["B"] = 2 });

        await table.UpdateEntityAsync(new TableEntity("p", "r") { ["B"] = 3 }, ETag.All, TableUpdateMode.Merge);
        var merged = await table.GetEntityAsync("p", "r");
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["C"] = 4 }, TableUpdateMode.Replace);
        var replaced = await table.GetEntityAsync("p", "r");
        await table.DeleteEntityAsync("p", "r");

        Assert.Equal((1, 3), (merged.GetInt32("A"), merged.GetInt32("B")));
        Assert.Equal((null, 4), (replaced.GetInt32("A"), replaced.GetInt32("C")));
        Assert.Null(await table.GetEntityIfExistsAsync("p", "r"));
    }

    [Fact]
    public async Task Transaction_Success_AppliesEveryOperationAndReturnsETags()
    {
        var (table, _) = await TestTables.CreateTableAsync(azurite.Server);
        await table.AddEntityAsync(new TableEntity("p", "update") { ["V"] = 1 });
        await table.AddEntityAsync(new TableEntity("p", "delete"));

        var etags = await table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "add") { ["V"] = 1 }),
            new(TableTransactionActionType.UpdateReplace, new TableEntity("p", "update") { ["V"] = 2 }, ETag.All),
            new(TableTransactionActionType.UpsertReplace, new TableEntity("p", "upsert") { ["V"] = 3 }),
            new(TableTransactionActionType.Delete, new TableEntity("p", "delete"), ETag.All),
        ]);

        Assert.Equal(3, etags.Count);
        Assert.Equal(2, (await table.GetEntityAsync("p", "update")).GetInt32("V"));
        Assert.NotNull(await table.GetEntityIfExistsAsync("p", "upsert"));
        Assert.Null(await table.GetEntityIfExistsAsync("p", "delete"));
    }

    [Fact]
    public async Task Transaction_ThirdOperationFails_LeavesNothingAndReportsIndex()
    {
        var (table, _) = await TestTables.CreateTableAsync(azurite.Server);
        await table.AddEntityAsync(new TableEntity("p", "existing"));

        var failure = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "a")),
            new(TableTransactionActionType.Add, new TableEntity("p", "b")),
            new(TableTransactionActionType.Add, new TableEntity("p", "existing")),
        ]));

        Assert.Equal(409, failure.Status);
        Assert.Equal(2, failure.FailedTransactionActionIndex);
        Assert.Equal("EntityAlreadyExists", failure.ErrorCode);
        Assert.Null(await table.GetEntityIfExistsAsync("p", "a"));
        Assert.Null(await table.GetEntityIfExistsAsync("p", "b"));
    }

    [Fact]
    public async Task Transaction_StaleETag_Fails412WithIndex()
    {
        var (table, _) = await TestTables.CreateTableAsync(azurite.Server);
        var old = await table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 1 });
        await table.UpdateEntityAsync(new TableEntity("p", "r") { ["V"] = 2 }, old, TableUpdateMode.Replace);

        var failure = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "log")),
            new(TableTransactionActionType.UpdateReplace, new TableEntity("p", "r") { ["V"] = 3 }, old),
        ]));

        Assert.Equal(412, failure.Status);
        Assert.Equal(1, failure.FailedTransactionActionIndex);
        Assert.Null(await table.GetEntityIfExistsAsync("p", "log"));
    }

    [Fact]
    public async Task Transaction_TooLargeOrMixedPartitions_IsRefusedBeforeAnyRequest()
    {
        var (table, counter) = await TestTables.CreateTableAsync(azurite.Server);

        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync(
            Enumerable.Range(0, 101).Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", $"r{i}")))));
        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p1", "r")),
            new(TableTransactionActionType.Add, new TableEntity("p2", "r")),
        ]));
        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "same")),
            new(TableTransactionActionType.UpsertReplace, new TableEntity("p", "same")),
        ]));

        Assert.Empty(counter.Requests);
    }
}
