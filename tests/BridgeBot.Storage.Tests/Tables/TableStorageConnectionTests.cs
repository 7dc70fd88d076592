using BridgeBot.Storage.Tables;

namespace BridgeBot.Storage.Tests.Tables;

public sealed class TableStorageConnectionTests
{
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    [Fact]
    public void Parse_UseDevelopmentStorage_PointsAtAzuriteWithTheDevAccount()
    {
        var connection = TableStorageConnection.Parse("UseDevelopmentStorage=true");

        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), connection.TableEndpoint);
        Assert.Equal("devstoreaccount1", connection.SharedKeyCredential!.AccountName);
        Assert.Null(connection.TokenCredential);
    }

    [Fact]
    public void Parse_ExplicitTableEndpoint_UsesItAndTheAccountKey()
    {
        var connection = TableStorageConnection.Parse(
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Key};TableEndpoint=http://127.0.0.1:5555/devstoreaccount1;");

        Assert.Equal(new Uri("http://127.0.0.1:5555/devstoreaccount1"), connection.TableEndpoint);
        Assert.Equal("devstoreaccount1", connection.SharedKeyCredential!.AccountName);
    }

    [Fact]
    public void Parse_WithoutTableEndpoint_BuildsItFromAccountAndSuffix()
    {
        var connection = TableStorageConnection.Parse(
            $"DefaultEndpointsProtocol=https;AccountName=acme;AccountKey={Key};EndpointSuffix=core.chinacloudapi.cn");

        Assert.Equal(new Uri("https://acme.table.core.chinacloudapi.cn/"), connection.TableEndpoint);
    }

    [Fact]
    public void Parse_WithoutSuffixOrProtocol_DefaultsToHttpsPublicCloud()
    {
        var connection = TableStorageConnection.Parse($"AccountName=acme;AccountKey={Key}");

        Assert.Equal(new Uri("https://acme.table.core.windows.net/"), connection.TableEndpoint);
    }

    [Fact]
    public void Parse_SettingNames_AreCaseInsensitive()
    {
        var connection = TableStorageConnection.Parse($"accountname=acme;ACCOUNTKEY={Key}");

        Assert.Equal("acme", connection.SharedKeyCredential!.AccountName);
    }

    [Theory]
    [InlineData("AccountName=acme", "AccountKey")]
    [InlineData("AccountKey=" + Key, "AccountName")]
    [InlineData("AccountName=acme;AccountKey=" + Key + ";TableEndpoint=not a url", "TableEndpoint")]
    [InlineData("AccountName=acme;AccountKey=" + Key + ";DefaultEndpointsProtocol=ftp", "DefaultEndpointsProtocol")]
    public void Parse_MissingOrMalformedSetting_NamesIt(string connectionString, string setting)
    {
        var error = Assert.Throws<FormatException>(() => TableStorageConnection.Parse(connectionString));

        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_KeyThatIsNotBase64_FailsWithoutEchoingTheKey()
    {
        var error = Assert.Throws<FormatException>(() => TableStorageConnection.Parse("AccountName=acme;AccountKey=not*base64"));

        Assert.DoesNotContain("not*base64", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SettingWithoutValue_FailsWithoutEchoingIt()
    {
        var error = Assert.Throws<FormatException>(() => TableStorageConnection.Parse($"AccountName=acme;{Key[..20]}"));

        Assert.DoesNotContain(Key[..20], error.Message, StringComparison.Ordinal);
    }
}
