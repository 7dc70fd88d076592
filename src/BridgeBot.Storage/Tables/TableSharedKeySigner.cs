using System.Web;

namespace BridgeBot.Storage.Tables;

/// <summary>The Table service's Shared Key string-to-sign rules.</summary>
internal static class TableSharedKeySigner
{
    /// <summary>
    /// <c>"/" + account + the encoded URI path</c>, plus <c>?comp=</c> when present; no other query parameter counts.
    /// </summary>
    /// <remarks>
    /// On a path-style endpoint (Azurite's <c>http://127.0.0.1:10002/devstoreaccount1</c>) the path already starts with
    /// the account, so the account appears twice. That is what Azurite expects; the single form is rejected.
    /// </remarks>
    public static string CanonicalizedResource(string accountName, Uri uri)
    {
        var resource = "/" + accountName + uri.AbsolutePath;
        var comp = HttpUtility.ParseQueryString(uri.Query)["comp"];
        return comp is null ? resource : resource + "?comp=" + comp;
    }

    public static string SharedKeyLiteStringToSign(string date, string canonicalizedResource) =>
        date + "\n" + canonicalizedResource;

    public static string SharedKeyStringToSign(
        string verb, string contentMd5, string contentType, string date, string canonicalizedResource) =>
        string.Join('\n', verb, contentMd5, contentType, date, canonicalizedResource);
}
