using System.Net.Http.Headers;
using BridgeBot.Storage.Tables;

namespace BridgeBot.Storage.Tests.Tables;

public sealed class SharedKeyRequestAuthorizerTests
{
    // The vectors of PROTOCOLS.md §4.3: dev key, this date, resource /devstoreaccount1/devstoreaccount1/Tables.
    private const string Date = "Thu, 01 Jan 2026 00:00:00 GMT";
    private static readonly Uri AzuriteTables = new("http://127.0.0.1:10002/devstoreaccount1/Tables");

    [Theory]
    [InlineData(TableSharedKeyScheme.SharedKeyLite, "SharedKeyLite devstoreaccount1:WRN6nOrne13nPse4EBO5ULIQ1KAssaa6ujBtCrgHTls=")]
    [InlineData(TableSharedKeyScheme.SharedKey, "SharedKey devstoreaccount1:tGh19lYdEivMf2DOyUXB1wqFW10zPeIdtA7QlLcL/0Q=")]
    public async Task Authorize_PostToTables_MatchesProtocolTestVector(TableSharedKeyScheme scheme, string expected)
    {
        using var request = PostTables();

        await Authorizer(scheme).AuthorizeAsync(request, CancellationToken.None);

        Assert.Equal(expected, request.Headers.GetValues("Authorization").Single());
    }

    [Fact]
    public void CanonicalizedResource_OnPathStyleEndpoint_RepeatsTheAccount() =>
        Assert.Equal(
            "/devstoreaccount1/devstoreaccount1/Tables",
            TableSharedKeySigner.CanonicalizedResource("devstoreaccount1", AzuriteTables));

    [Fact]
    public void CanonicalizedResource_OnAccountHost_NamesTheAccountOnce() =>
        Assert.Equal(
            "/myaccount/mytable(PartitionKey='a%20b',RowKey='c')",
            TableSharedKeySigner.CanonicalizedResource(
                "myaccount", new Uri("https://myaccount.table.core.windows.net/mytable(PartitionKey='a%20b',RowKey='c')")));

    [Fact]
    public void CanonicalizedResource_KeepsOnlyTheCompQueryParameter() =>
        Assert.Equal(
            "/myaccount/mytable?comp=acl",
            TableSharedKeySigner.CanonicalizedResource(
                "myaccount", new Uri("https://myaccount.table.core.windows.net/mytable?$top=5&comp=acl&timeout=30")));

    private static SharedKeyRequestAuthorizer Authorizer(TableSharedKeyScheme scheme) =>
        new(new TableSharedKeyCredential(TableStorageConnection.DevelopmentAccountName, TableStorageConnection.DevelopmentAccountKey), scheme);

    private static HttpRequestMessage PostTables()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, AzuriteTables)
        {
            Content = new ByteArrayContent("{\"TableName\":\"t\"}"u8.ToArray()),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("x-ms-date", Date);
        return request;
    }
}
