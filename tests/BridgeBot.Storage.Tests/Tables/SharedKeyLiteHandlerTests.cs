using BridgeBot.Storage.Tables;

namespace BridgeBot.Storage.Tests.Tables;

public class SharedKeyLiteHandlerTests
{
    private const string DevKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    [Fact]
    public void Sign_PublishedVector_MatchesAzurite()
    {
        // PROTOCOLS.md §4.3: dev key, x-ms-date Thu, 01 Jan 2026 00:00:00 GMT, path-style /Tables (account twice).
        var signature = SharedKeyLiteHandler.Sign(
            Convert.FromBase64String(DevKey), "devstoreaccount1", "Thu, 01 Jan 2026 00:00:00 GMT", new Uri("http://127.0.0.1:10002/devstoreaccount1/Tables"));

        Assert.Equal("WRN6nOrne13nPse4EBO5ULIQ1KAssaa6ujBtCrgHTls=", signature);
    }

    [Theory]
    [InlineData("https://acct.table.core.windows.net/Tables", "/acct/Tables")]
    [InlineData("http://127.0.0.1:10002/devstoreaccount1/Tables", "/acct/devstoreaccount1/Tables")]
    [InlineData("https://acct.table.core.windows.net/t1()?$filter=x&comp=list", "/acct/t1()?comp=list")]
    [InlineData("https://acct.table.core.windows.net/t1(PartitionKey='a%2Fb',RowKey='c')", "/acct/t1(PartitionKey='a%2Fb',RowKey='c')")]
    public void CanonicalizedResource_KeepsEncodedPathAndOnlyComp(string uri, string expected)
    {
        Assert.Equal(expected, SharedKeyLiteHandler.CanonicalizedResource("acct", new Uri(uri)));
    }
}
