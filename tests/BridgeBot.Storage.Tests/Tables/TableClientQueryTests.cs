using System.Globalization;
using BridgeBot.Storage.Tables;
using BridgeBot.Testing.Azurite;

namespace BridgeBot.Storage.Tests.Tables;

[Collection(AzuriteFixture.CollectionName)]
public sealed class TableClientQueryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Query_FilterSelectAndTop_ReturnOnlyMatchingRowsAndProperties()
    {
        var table = await AzuriteTable.CreateAsync(azurite);
        for (var index = 0; index < 5; index++)
        {
            await table.Client.AddEntityAsync(new TableEntity("p", Row(index)) { ["N"] = index, ["Extra"] = "x" });
        }

        var pages = await table.Client
            .QueryAsync(TableOdataFilter.Create($"PartitionKey eq {"p"} and N ge {1}"), maxPerPage: 2, select: ["N"])
            .AsPages()
            .ToListAsync();

        var rows = pages.SelectMany(page => page.Values).ToList();
        Assert.Equal([1, 2, 3, 4], rows.Select(row => row.GetInt32("N")!.Value));
        Assert.All(rows, row => Assert.False(row.ContainsKey("Extra")));
        Assert.All(pages, page => Assert.True(page.Values.Count <= 2));
        Assert.True(pages.Count >= 2);
    }

    [Fact]
    public async Task Query_MoreThanOneServicePage_FollowsContinuationToEveryRow()
    {
        const int Rows = 1_100;
        var table = await AzuriteTable.CreateAsync(azurite);
        foreach (var chunk in Enumerable.Range(0, Rows).Chunk(100))
        {
            await table.Client.SubmitTransactionAsync(chunk.Select(index =>
                new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("bulk", Row(index)) { ["N"] = index })));
        }

        table.Http.Reset();

        var rows = await table.Client.QueryAsync(TableOdataFilter.Create($"PartitionKey eq {"bulk"}")).ToListAsync();

        Assert.Equal(Enumerable.Range(0, Rows), rows.Select(row => row.GetInt32("N")!.Value).Order());
        Assert.Equal(Rows, rows.Select(row => row.RowKey).Distinct().Count());
        Assert.Equal(2, table.Http.RequestCount);
        Assert.Equal([1_000, 100], table.Http.Exchanges.Select(exchange => exchange.EntityCount));
        Assert.Contains("NextPartitionKey=", table.Http.Exchanges[1].Uri.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AsPages_ResumedFromAContinuationToken_ReturnsTheRest()
    {
        var table = await AzuriteTable.CreateAsync(azurite);
        for (var index = 0; index < 3; index++)
        {
            await table.Client.AddEntityAsync(new TableEntity("p", Row(index)));
        }

        var first = await table.Client.QueryAsync(maxPerPage: 2).AsPages().FirstAsync();
        var rest = await table.Client.QueryAsync().AsPages(first.ContinuationToken, pageSizeHint: 2).ToListAsync();

        Assert.NotNull(first.ContinuationToken);
        Assert.Equal([Row(0), Row(1)], first.Values.Select(row => row.RowKey));
        Assert.Equal([Row(2)], rest.SelectMany(page => page.Values).Select(row => row.RowKey));
        Assert.Null(rest[^1].ContinuationToken);
    }

    [Fact]
    public async Task Query_FilterValueWithFilterSyntax_MatchesOnlyTheLiteralValue()
    {
        var table = await AzuriteTable.CreateAsync(azurite);
        const string Hostile = "x' or PartitionKey ne '&$top=1#?+%20";
        await table.Client.AddEntityAsync(new TableEntity("p", "hostile") { ["Name"] = Hostile });
        await table.Client.AddEntityAsync(new TableEntity("p", "other") { ["Name"] = "x" });

        var rows = await table.Client.QueryAsync(TableOdataFilter.Create($"Name eq {Hostile}")).ToListAsync();

        Assert.Equal("hostile", Assert.Single(rows).RowKey);
    }

    [Fact]
    public async Task Query_TypedFilterLiterals_MatchStoredTypedValues()
    {
        var table = await AzuriteTable.CreateAsync(azurite);
        var moment = new DateTimeOffset(2026, 12, 15, 9, 30, 0, TimeSpan.Zero);
        var id = Guid.NewGuid();
        await table.Client.AddEntityAsync(new TableEntity("p", "typed")
        {
            ["Big"] = 1L << 40, ["At"] = moment, ["Id"] = id, ["Ratio"] = 2.0, ["On"] = true,
        });
        await table.Client.AddEntityAsync(new TableEntity("p", "decoy")
        {
            ["Big"] = 1L, ["At"] = moment.AddDays(-1), ["Id"] = Guid.NewGuid(), ["Ratio"] = 0.5, ["On"] = false,
        });

        var filter = TableOdataFilter.Create(
            $"Big eq {1L << 40} and At ge {moment} and Id eq {id} and Ratio eq {2.0} and On eq {true}");
        var rows = await table.Client.QueryAsync(filter).ToListAsync();

        Assert.Equal("typed", Assert.Single(rows).RowKey);
    }

    [Fact]
    public async Task Query_NoMatch_ReturnsNoRows()
    {
        var table = await AzuriteTable.CreateAsync(azurite);

        var rows = await table.Client.QueryAsync(TableOdataFilter.Create($"PartitionKey eq {"nobody"}")).ToListAsync();

        Assert.Empty(rows);
    }

    private static string Row(int index) => index.ToString("D5", CultureInfo.InvariantCulture);
}
