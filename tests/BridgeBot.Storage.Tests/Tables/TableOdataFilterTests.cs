using BridgeBot.Storage.Tables;

namespace BridgeBot.Storage.Tests.Tables;

public sealed class TableOdataFilterTests
{
    [Fact]
    public void Create_String_IsQuotedWithQuotesDoubled()
    {
        var name = "O'Brien' or 'a' eq 'a";

        Assert.Equal("Name eq 'O''Brien'' or ''a'' eq ''a'", TableOdataFilter.Create($"Name eq {name}"));
    }

    [Fact]
    public void Create_TypedValues_UseTheirODataLiteralForms()
    {
        var id = Guid.Parse("c56a4180-65aa-42ec-a945-5fd21dec0538");
        var moment = new DateTimeOffset(2026, 12, 15, 9, 30, 0, TimeSpan.FromHours(1)).AddTicks(1);

        var filter = TableOdataFilter.Create(
            $"A eq {42} and B eq {42L} and C eq {true} and D eq {2.0} and E eq {0.5} and F eq {moment} and G eq {id} and H eq {new byte[] { 0xAB, 0x01 }} and I eq {null}");

        Assert.Equal(
            "A eq 42 and B eq 42L and C eq true and D eq 2.0 and E eq 0.5 and F eq datetime'2026-12-15T08:30:00.0000001Z' "
            + "and G eq guid'c56a4180-65aa-42ec-a945-5fd21dec0538' and H eq X'ab01' and I eq null",
            filter);
    }

    [Fact]
    public void Create_UnsupportedType_Throws() =>
        Assert.Throws<ArgumentException>(() => TableOdataFilter.Create($"A eq {new Uri("http://x")}"));

    [Fact]
    public void CreateQueryFilter_OnTableClient_IsTheSameBuilder() =>
        Assert.Equal("PartitionKey eq 'a''b'", TableClient.CreateQueryFilter($"PartitionKey eq {"a'b"}"));
}
