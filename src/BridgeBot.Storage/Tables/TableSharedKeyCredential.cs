using System.Security.Cryptography;
using System.Text;

namespace BridgeBot.Storage.Tables;

/// <summary>A storage account name and key, for Shared Key authentication (Azurite, or accounts with keys enabled).</summary>
public sealed class TableSharedKeyCredential
{
    private readonly byte[] _key;

    /// <summary>Creates the credential.</summary>
    /// <param name="accountName">The storage account name.</param>
    /// <param name="accountKey">The base64 account key.</param>
    /// <exception cref="FormatException">The key is not base64.</exception>
    public TableSharedKeyCredential(string accountName, string accountKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(accountName);
        ArgumentException.ThrowIfNullOrEmpty(accountKey);
        AccountName = accountName;
        try
        {
            _key = Convert.FromBase64String(accountKey);
        }
        catch (FormatException)
        {
            // The key itself stays out of the message: messages end up in logs.
            throw new FormatException($"The account key for '{accountName}' is not valid base64.");
        }
    }

    /// <summary>The storage account name.</summary>
    public string AccountName { get; }

    internal string Sign(string stringToSign) =>
        Convert.ToBase64String(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(stringToSign)));
}
