using BridgeBot.Storage.Tables;

namespace BridgeBot.Storage.Tests.Tables;

public class TableConnectionStringTests
{
    [Fact]
    public void Parse_DevelopmentStorage_IsAzuriteOnItsDefaultPort()
    {
        var parsed = TableConnectionString.Parse("UseDevelopmentStorage=true");

        Assert.Equal("devstoreaccount1", parsed.AccountName);
        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1/"), parsed.TableEndpoint);
    }

    [Fact]
    public void Parse_AccountKeyWithSuffix_BuildsTheEndpoint()
    {
        var parsed = TableConnectionString.Parse("DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=a2V5;EndpointSuffix=core.windows.net");

        Assert.Equal(new Uri("https://acct.table.core.windows.net/"), parsed.TableEndpoint);
    }

    [Fact]
    public void Parse_ExplicitTableEndpoint_Wins()
    {
        var parsed = TableConnectionString.Parse("AccountName=devstoreaccount1;AccountKey=a2V5;TableEndpoint=http://127.0.0.1:4000/devstoreaccount1");

        Assert.Equal(new Uri("http://127.0.0.1:4000/devstoreaccount1/"), parsed.TableEndpoint);
    }

    [Theory]
    [InlineData("AccountKey=a2V5", "AccountName")]
    [InlineData("AccountName=a;AccountKey=not base64!", "AccountKey")]
    [InlineData("AccountName=a", "AccountKey")]
    [InlineData("garbage", "key=value")]
    [InlineData("AccountName=a;AccountKey=a2V5;TableEndpoint=relative/path", "TableEndpoint")]
    public void TryParse_Malformed_NamesTheProblem(string text, string expected)
    {
        Assert.False(TableConnectionString.TryParse(text, out _, out var error));
        Assert.Contains(expected, error);
    }
}
