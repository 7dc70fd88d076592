using Azure;

namespace BridgeBot.Storage.Tables;

/// <summary>Header names and fixed values of the Table REST protocol.</summary>
internal static class TableHeaders
{
    public const string Date = "x-ms-date";
    public const string Version = "x-ms-version";
    public const string ClientRequestId = "x-ms-client-request-id";
    public const string Authorization = "Authorization";
    public const string IfMatch = "If-Match";
    public const string Prefer = "Prefer";
    public const string DataServiceVersion = "DataServiceVersion";
    public const string MaxDataServiceVersion = "MaxDataServiceVersion";
    public const string ContinuationPartitionKey = "x-ms-continuation-NextPartitionKey";
    public const string ContinuationRowKey = "x-ms-continuation-NextRowKey";
    public const string ErrorCode = "x-ms-error-code";
    public const string RetryAfter = "Retry-After";

    public const string ServiceVersion = "2019-02-02";
    public const string ODataVersion = "3.0;NetFx";
    public const string ReturnNoContent = "return-no-content";
    public const string JsonContentType = "application/json";

    // Minimal metadata keeps the @odata.type annotations, so Int64, DateTime, Guid and Binary come back typed.
    public const string AcceptMinimalMetadata = "application/json;odata=minimalmetadata";

    /// <summary>The If-Match value for an ETag, where <c>default</c> means any version (<c>*</c>).</summary>
    public static string IfMatchValue(ETag etag) => etag == default ? ETag.All.ToString() : etag.ToString();
}
