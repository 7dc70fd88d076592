using System.Globalization;

namespace BridgeBot.Storage.Tables;

/// <summary>The text forms of Edm values shared by the JSON writer and the filter builder.</summary>
internal static class TableEdmFormat
{
    public const string Int64 = "Edm.Int64";
    public const string Double = "Edm.Double";
    public const string DateTime = "Edm.DateTime";
    public const string Guid = "Edm.Guid";
    public const string Binary = "Edm.Binary";

    // Seven fractional digits carry every tick, so a DateTimeOffset survives the round trip exactly.
    private const string DateTimePattern = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    /// <summary>A DateTime of unspecified kind is taken as UTC: the service stores only UTC.</summary>
    public static DateTimeOffset ToUtc(System.DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => new DateTimeOffset(value.ToUniversalTime(), TimeSpan.Zero),
        _ => new DateTimeOffset(System.DateTime.SpecifyKind(value, DateTimeKind.Utc), TimeSpan.Zero),
    };

    public static string FormatDateTime(DateTimeOffset value) =>
        value.UtcDateTime.ToString(DateTimePattern, CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseDateTime(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static string FormatInt64(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string FormatDouble(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
