using BridgeBot.Storage.Tables;

namespace BridgeBot.Storage.Tests.Tables;

public sealed class TableEntityTests
{
    [Fact]
    public void Keys_AreDictionaryEntries()
    {
        var entity = new TableEntity("p", "r");

        Assert.Equal("p", entity["PartitionKey"]);
        Assert.Equal("r", entity["RowKey"]);
        Assert.Equal(2, entity.Count);
    }

    [Fact]
    public void Getters_MissingProperty_ReturnNull()
    {
        var entity = new TableEntity("p", "r");

        Assert.Null(entity["Missing"]);
        Assert.Null(entity.GetString("Missing"));
        Assert.Null(entity.GetInt32("Missing"));
        Assert.Null(entity.GetInt64("Missing"));
        Assert.Null(entity.GetBoolean("Missing"));
        Assert.Null(entity.GetDouble("Missing"));
        Assert.Null(entity.GetDateTimeOffset("Missing"));
        Assert.Null(entity.GetGuid("Missing"));
        Assert.Null(entity.GetBinary("Missing"));
    }

    [Fact]
    public void Getters_WidenNumbersWithoutLoss()
    {
        var entity = new TableEntity { ["Int"] = 7, ["Long"] = 8L };

        Assert.Equal(7L, entity.GetInt64("Int"));
        Assert.Equal(7.0, entity.GetDouble("Int"));
        Assert.Equal(8.0, entity.GetDouble("Long"));
    }

    [Fact]
    public void GetInt32_OnAString_ThrowsNamingTheProperty()
    {
        var entity = new TableEntity { ["Count"] = "7" };

        var error = Assert.Throws<InvalidOperationException>(() => entity.GetInt32("Count"));

        Assert.Contains("Count", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetDateTimeOffset_OnUtcDateTime_GivesTheSameInstant()
    {
        var entity = new TableEntity { ["At"] = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc) };

        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), entity.GetDateTimeOffset("At"));
    }
}
