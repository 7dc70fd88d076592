using Azure;
using BridgeBot.Storage.Tables;
using BridgeBot.Testing.Azurite;

namespace BridgeBot.Storage.Tests.Tables;

[Collection(AzuriteFixture.CollectionName)]
public sealed class TableClientEntityTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task CreateIfNotExists_Twice_SucceedsBothTimes()
    {
        var client = new TableClient(azurite.Server.ConnectionString, AzuriteFixture.UniqueTableName("create"));

        var created = await client.CreateIfNotExistsAsync();
        var existing = await client.CreateIfNotExistsAsync();

        Assert.Equal(204, created.GetRawResponse().Status);
        Assert.Equal(409, existing.GetRawResponse().Status);
        Assert.Equal(client.Name, existing.Value.Name);
    }

    [Theory]
    [InlineData(TableSharedKeyScheme.SharedKeyLite)]
    [InlineData(TableSharedKeyScheme.SharedKey)]
    public async Task EverySharedKeyScheme_IsAcceptedByAzuriteForWritesBatchesAndQueries(TableSharedKeyScheme scheme)
    {
        var table = await AzuriteTable.CreateAsync(azurite, options => options.SharedKeyScheme = scheme);

        await table.Client.AddEntityAsync(new TableEntity("p", "r"));
        await table.Client.SubmitTransactionAsync([new(TableTransactionActionType.Add, new TableEntity("p", "batched"))]);
        var read = await table.Client.GetEntityAsync("p", "r");
        var rows = await table.Client.QueryAsync(TableOdataFilter.Create($"PartitionKey eq {"p"}"), maxPerPage: 1).ToListAsync();

        Assert.Equal("r", read.Value.RowKey);
        Assert.Equal(["batched", "r"], rows.Select(row => row.RowKey));
    }

    [Fact]
    public async Task AddThenGet_EveryEdmType_RoundTripsWithItsType()
    {
        var table = await AzuriteTable.CreateAsync(azurite);
        var moment = new DateTimeOffset(2026, 12, 15, 9, 30, 0, TimeSpan.FromHours(2)).AddTicks(1234567);
        var id = Guid.NewGuid();
        var entity = new TableEntity("p", "types")
        {
            ["Text"] = "héllo \"quoted\" 'single'",
            ["Int32"] = int.MinValue,
            ["Int64"] = (1L << 53) + 1,
            ["SmallInt64"] = 5L,
            ["Double"] = 1.0,
            ["Fraction"] = 0.1,
            ["Huge"] = double.MaxValue,
            ["True"] = true,
            ["False"] = false,
            ["Moment"] = moment,
            ["Id"] = id,
            ["Bytes"] = new byte[] { 0, 1, 254, 255 },
        };

        await table.Client.AddEntityAsync(entity);
        var read = (await table.Client.GetEntityAsync("p", "types")).Value;

        Assert.Equal("héllo \"quoted\" 'single'", read["Text"]);
        Assert.Equal(int.MinValue, read["Int32"]);
        Assert.Equal((1L << 53) + 1, read["Int64"]);
        Assert.Equal(5L, read["SmallInt64"]);
        Assert.Equal(1.0, Assert.IsType<double>(read["Double"]));
        Assert.Equal(0.1, read["Fraction"]);
        Assert.Equal(double.MaxValue, read["Huge"]);
        Assert.Equal(true, read["True"]);
        Assert.Equal(false, read["False"]);
        Assert.Equal(moment.UtcTicks, Assert.IsType<DateTimeOffset>(read["Moment"]).UtcTicks);
        Assert.Equal(TimeSpan.Zero, read.GetDateTimeOffset("Moment")!.Value.Offset);
        Assert.Equal(id, read["Id"]);
        Assert.Equal(new byte[] { 0, 1, 254, 255 }, read["Bytes"]);
        Assert.NotNull(read.Timestamp);
        Assert.NotEqual(default, read.ETag);
    }

    [Fact]
    public async Task AddThenGet_NullValue_IsNotStored()
    {
        var table = await AzuriteTable.CreateAsync(azurite);

        await table.Client.AddEntityAsync(new TableEntity("p", "null") { ["Absent"] = null, ["Present"] = "x" });
        var read = (await table.Client.GetEntityAsync("p", "null")).Value;

        Assert.False(read.ContainsKey("Absent"));
        Assert.Null(read.GetString("Absent"));
        Assert.Equal("x", read.GetString("Present"));
    }

    [Fact]
    public async Task AddThenGet_KeysWithEveryForbiddenCharacter_RoundTripThroughTableKey()
    {
        var table = await AzuriteTable.CreateAsync(azurite);
        var raw = "a/b\\c#d?e%f+g'h~i\tj\u0000k\u007fl\u009fm ü😀";
        var partitionKey = TableKey.Encode("team:" + raw);
        var rowKey = TableKey.Encode(raw);

        await table.Client.AddEntityAsync(new TableEntity(partitionKey, rowKey) { ["Raw"] = raw });
        var read = (await table.Client.GetEntityAsync(partitionKey, rowKey)).Value;
        var queried = await table.Client.QueryAsync(TableOdataFilter.Create($"PartitionKey eq {partitionKey} and RowKey eq {rowKey}")).ToListAsync();

        Assert.Equal(raw, TableKey.Decode(read.RowKey));
        Assert.Equal("team:" + raw, TableKey.Decode(read.PartitionKey));
        Assert.Equal(raw, Assert.Single(queried)["Raw"]);
    }

    [Fact]
    public async Task AddThenGet_KeysWithQuotesSpacesAndUnicode_AreAddressedExactly()
    {
        var table = await AzuriteTable.CreateAsync(azurite);

        await table.Client.AddEntityAsync(new TableEntity("it's a p", "r & 'r' = ü,()") { ["V"] = 1 });
        var read = (await table.Client.GetEntityAsync("it's a p", "r & 'r' = ü,()")).Value;

        Assert.Equal(1, read["V"]);
    }

    [Fact]
    public async Task Get_MissingEntity_Throws404WithResourceNotFound()
    {
        var table = await AzuriteTable.CreateAsync(azurite);

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => table.Client.GetEntityAsync("p", "missing"));

        Assert.Equal(404, error.Status);
        Assert.Equal("ResourceNotFound", error.ErrorCode);
    }

    [Fact]
    public async Task Get_MissingTable_Throws404WithTableNotFound()
    {
        var client = new TableClient(azurite.Server.ConnectionString, AzuriteFixture.UniqueTableName("never"));

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => client.GetEntityAsync("p", "r"));

        Assert.Equal(404, error.Status);
        Assert.Equal("TableNotFound", error.ErrorCode);
    }

    [Fact]
    public async Task GetIfExists_MissingEntity_HasNoValue()
    {
        var table = await AzuriteTable.CreateAsync(azurite);

        var missing = await table.Client.GetEntityIfExistsAsync("p", "missing");

        Assert.False(missing.HasValue);
        Assert.Null(missing.Value);
        Assert.Equal(404, missing.GetRawResponse().Status);
    }

    [Fact]
    public async Task GetIfExists_ExistingEntity_ReturnsIt()
    {
        var table = await AzuriteTable.CreateAsync(azurite);
        await table.Client.AddEntityAsync(new TableEntity("p", "r") { ["V"] = "x" });

        var found = await table.Client.GetEntityIfExistsAsync("p", "r");

        Assert.True(found.HasValue);
        Assert.Equal("x", found.Value!["V"]);
    }

    [Fact]
    public async Task Get_WithSelect_ReturnsOnlyThoseProperties()
    {
        var table = await AzuriteTable.CreateAsync(azurite);
        await table.Client.AddEntityAsync(new TableEntity("p", "r") { ["A"] = 1, ["B"] = 2 });

        var read = (await table.Client.GetEntityAsync("p", "r", ["A"])).Value;

        Assert.Equal(1, read["A"]);
        Assert.False(read.ContainsKey("B"));
    }

    [Fact]
    public async Task Add_Duplicate_Throws409EntityAlreadyExistsWithoutRetrying()
    {
        var table = await AzuriteTable.CreateAsync(azurite);
        await table.Client.AddEntityAsync(new TableEntity("p", "r"));
        table.Http.Reset();

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => table.Client.AddEntityAsync(new TableEntity("p", "r")));

        Assert.Equal(409, error.Status);
        Assert.Equal("EntityAlreadyExists", error.ErrorCode);
        Assert.Equal(1, table.Http.RequestCount);
    }

    [Fact]
    public async Task Update_WithStaleETag_Throws412UpdateConditionNotSatisfiedWithoutRetrying()
    {
        var table = await AzuriteTable.CreateAsync(azurite);
        var added = await table.Client.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 1 });
        await table.Client.UpdateEntityAsync(new TableEntity("p", "r") { ["V"] = 2 }, added.Headers.ETag!.Value);
        table.Http.Reset();

        var error = await Assert.ThrowsAsync<RequestFailedException>(
            () => table.Client.UpdateEntityAsync(new TableEntity("p", "r") { ["V"] = 3 }, added.Headers.ETag!.Value));

        Assert.Equal(412, error.Status);
        Assert.Equal("UpdateConditionNotSatisfied", error.ErrorCode);
        Assert.Equal(1, table.Http.RequestCount);
        Assert.Equal(2, (await table.Client.GetEntityAsync("p", "r")).Value["V"]);
    }

    [Fact]
    public async Task Update_WithCurrentETag_ReturnsTheNewETag()
    {
        var table = await AzuriteTable.CreateAsync(azurite);
        await table.Client.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 1 });
        var read = (await table.Client.GetEntityAsync("p", "r")).Value;

        var updated = await table.Client.UpdateEntityAsync(new TableEntity("p", "r") { ["V"] = 2 }, read.ETag);

        Assert.NotEqual(read.ETag, updated.Headers.ETag);
        Assert.Equal(updated.Headers.ETag, (await table.Client.GetEntityAsync("p", "r")).Value.ETag);
    }

    [Fact]
    public async Task Update_Merge_KeepsUnsentPropertiesWhileReplaceDropsThem()
    {
        var table = await AzuriteTable.CreateAsync(azurite);
        await table.Client.AddEntityAsync(new TableEntity("p", "merge") { ["A"] = 1, ["B"] = 1 });
        await table.Client.AddEntityAsync(new TableEntity("p", "replace") { ["A"] = 1, ["B"] = 1 });

        await table.Client.UpdateEntityAsync(new TableEntity("p", "merge") { ["A"] = 2 }, ETag.All, TableUpdateMode.Merge);
        await table.Client.UpdateEntityAsync(new TableEntity("p", "replace") { ["A"] = 2 }, ETag.All, TableUpdateMode.Replace);

        var merged = (await table.Client.GetEntityAsync("p", "merge")).Value;
        var replaced = (await table.Client.GetEntityAsync("p", "replace")).Value;
        Assert.Equal((2, 1), (merged["A"], merged["B"]));
        Assert.Equal(2, replaced["A"]);
        Assert.False(replaced.ContainsKey("B"));
    }

    [Fact]
    public async Task Update_MissingEntity_Throws404()
    {
        var table = await AzuriteTable.CreateAsync(azurite);

        var error = await Assert.ThrowsAsync<RequestFailedException>(
            () => table.Client.UpdateEntityAsync(new TableEntity("p", "missing"), ETag.All));

        Assert.Equal(404, error.Status);
    }

    [Theory]
    [InlineData(TableUpdateMode.Merge)]
    [InlineData(TableUpdateMode.Replace)]
    public async Task Upsert_InsertsThenOverwritesWhateverTheVersion(TableUpdateMode mode)
    {
        var table = await AzuriteTable.CreateAsync(azurite);

        await table.Client.UpsertEntityAsync(new TableEntity("p", "r") { ["V"] = 1 }, mode);
        await table.Client.UpsertEntityAsync(new TableEntity("p", "r") { ["V"] = 2 }, mode);

        Assert.Equal(2, (await table.Client.GetEntityAsync("p", "r")).Value["V"]);
    }

    [Fact]
    public async Task Delete_WithStaleETag_Throws412AndKeepsTheEntity()
    {
        var table = await AzuriteTable.CreateAsync(azurite);
        var added = await table.Client.AddEntityAsync(new TableEntity("p", "r"));
        await table.Client.UpsertEntityAsync(new TableEntity("p", "r") { ["V"] = 2 });

        var error = await Assert.ThrowsAsync<RequestFailedException>(
            () => table.Client.DeleteEntityAsync("p", "r", added.Headers.ETag!.Value));

        Assert.Equal(412, error.Status);
        Assert.True((await table.Client.GetEntityIfExistsAsync("p", "r")).HasValue);
    }

    [Fact]
    public async Task Delete_ExistingThenMissing_Returns204Then404WithoutThrowing()
    {
        var table = await AzuriteTable.CreateAsync(azurite);
        await table.Client.AddEntityAsync(new TableEntity("p", "r"));

        var deleted = await table.Client.DeleteEntityAsync("p", "r");
        var again = await table.Client.DeleteEntityAsync("p", "r");

        Assert.Equal(204, deleted.Status);
        Assert.Equal(404, again.Status);
        Assert.False((await table.Client.GetEntityIfExistsAsync("p", "r")).HasValue);
    }

    [Fact]
    public async Task Add_EntityWithoutKeys_ThrowsBeforeSending()
    {
        var table = await AzuriteTable.CreateAsync(azurite);

        await Assert.ThrowsAsync<ArgumentException>(() => table.Client.AddEntityAsync(new TableEntity { ["V"] = 1 }));

        Assert.Equal(0, table.Http.RequestCount);
    }

    [Fact]
    public async Task Add_UnsupportedPropertyType_ThrowsNamingTheProperty()
    {
        var table = await AzuriteTable.CreateAsync(azurite);

        var error = await Assert.ThrowsAsync<NotSupportedException>(
            () => table.Client.AddEntityAsync(new TableEntity("p", "r") { ["When"] = TimeSpan.FromSeconds(1) }));

        Assert.Contains("When", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_InvalidTableName_Throws() =>
        Assert.Throws<ArgumentException>(() => new TableClient(azurite.Server.ConnectionString, "bad-name"));
}
