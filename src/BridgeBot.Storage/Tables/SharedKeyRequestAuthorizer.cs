namespace BridgeBot.Storage.Tables;

/// <summary>Signs each request with the account key (SharedKeyLite or SharedKey).</summary>
internal sealed class SharedKeyRequestAuthorizer(TableSharedKeyCredential credential, TableSharedKeyScheme scheme)
    : ITableRequestAuthorizer
{
    public ValueTask AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var date = request.Headers.TryGetValues(TableHeaders.Date, out var dates) ? dates.Single() : string.Empty;
        var resource = TableSharedKeySigner.CanonicalizedResource(credential.AccountName, request.RequestUri!);
        var stringToSign = scheme switch
        {
            TableSharedKeyScheme.SharedKey => TableSharedKeySigner.SharedKeyStringToSign(
                request.Method.Method,
                request.Content?.Headers.ContentMD5 is { } md5 ? Convert.ToBase64String(md5) : string.Empty,
                request.Content?.Headers.ContentType?.ToString() ?? string.Empty,
                date,
                resource),
            _ => TableSharedKeySigner.SharedKeyLiteStringToSign(date, resource),
        };

        var schemeName = scheme == TableSharedKeyScheme.SharedKey ? "SharedKey" : "SharedKeyLite";
        request.Headers.TryAddWithoutValidation(
            TableHeaders.Authorization, $"{schemeName} {credential.AccountName}:{credential.Sign(stringToSign)}");
        return ValueTask.CompletedTask;
    }
}
