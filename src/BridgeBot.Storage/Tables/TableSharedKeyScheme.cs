namespace BridgeBot.Storage.Tables;

/// <summary>Which Shared Key signature a client sends when it authenticates with an account key.</summary>
public enum TableSharedKeyScheme
{
    /// <summary>
    /// <c>SharedKeyLite</c>: signs the date and the resource. What Azure.Data.Tables sends, so the default.
    /// </summary>
    SharedKeyLite,

    /// <summary><c>SharedKey</c>: also signs the verb and the content type.</summary>
    SharedKey,
}
