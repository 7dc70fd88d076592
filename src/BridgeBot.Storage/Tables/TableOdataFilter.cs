using System.Globalization;

namespace BridgeBot.Storage.Tables;

/// <summary>
/// Builds <c>$filter</c> expressions from interpolated strings with every value quoted as an OData literal,
/// so text from a user can never change the shape of a query: <c>TableOdataFilter.Create($"RowKey eq {key}")</c>.
/// </summary>
public static class TableOdataFilter
{
    /// <summary>The filter with each interpolated value written as a literal.</summary>
    public static string Create(FormattableString filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var literals = filter.GetArguments().Select(Literal).ToArray<object?>();
        return string.Format(CultureInfo.InvariantCulture, filter.Format, literals);
    }

    /// <summary>One value as an OData literal.</summary>
    public static string Literal(object? value) => value switch
    {
        null => "null",
        string text => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'",
        bool flag => flag ? "true" : "false",
        int number => number.ToString(CultureInfo.InvariantCulture),
        long number => number.ToString(CultureInfo.InvariantCulture) + "L",
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        DateTimeOffset date => "datetime'" + date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture) + "'",
        DateTime date => Literal(new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc))),
        Guid guid => "guid'" + guid.ToString("D") + "'",
        _ => throw new ArgumentException($"{value.GetType().Name} has no OData literal form.", nameof(value)),
    };
}
