using System.Globalization;

namespace BridgeBot.Storage.Tables;

/// <summary>
/// Builds OData <c>$filter</c> expressions whose values are always literals, never filter syntax.
/// </summary>
/// <example>
/// <code>TableOdataFilter.Create($"PartitionKey eq {workspace} and Deadline lt {cutoff}")</code>
/// gives <c>PartitionKey eq 'T''01' and Deadline lt datetime'2026-12-15T00:00:00.0000000Z'</c>.
/// </example>
public static class TableOdataFilter
{
    /// <summary>Formats each interpolated value as an OData literal of its type.</summary>
    /// <param name="filter">
    /// An interpolated filter. Values may be <c>null</c>, <see cref="string"/>, <see cref="char"/>, <see cref="bool"/>,
    /// <see cref="int"/>, <see cref="long"/> (<c>123L</c>), <see cref="double"/>, <see cref="DateTimeOffset"/>,
    /// <see cref="DateTime"/> (<c>datetime'…'</c>), <see cref="Guid"/> (<c>guid'…'</c>), or a <see cref="byte"/> array or
    /// <see cref="BinaryData"/> (<c>X'…'</c>). Strings are quoted with <c>'</c> doubled.
    /// </param>
    /// <returns>The filter text, ready for <see cref="TableClient.QueryAsync"/>.</returns>
    /// <exception cref="ArgumentException">A value has a type with no OData literal.</exception>
    public static string Create(FormattableString filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var literals = new object?[filter.ArgumentCount];
        for (var index = 0; index < literals.Length; index++)
        {
            literals[index] = ToLiteral(filter.GetArgument(index));
        }

        return string.Format(CultureInfo.InvariantCulture, filter.Format, literals);
    }

    private static string ToLiteral(object? value) => value switch
    {
        null => "null",
        string text => Quote(text),
        char character => Quote(character.ToString()),
        bool flag => flag ? "true" : "false",
        int number => number.ToString(CultureInfo.InvariantCulture),
        long number => TableEdmFormat.FormatInt64(number) + "L",
        double number => FormatDouble(number),
        DateTimeOffset moment => DateTimeLiteral(moment),
        DateTime moment => DateTimeLiteral(TableEdmFormat.ToUtc(moment)),
        Guid id => "guid'" + id.ToString("D") + "'",
        byte[] bytes => BinaryLiteral(bytes),
        BinaryData bytes => BinaryLiteral(bytes.ToArray()),
        _ => throw new ArgumentException(
            $"A {value.GetType().Name} has no OData literal; convert it to one of the supported types first.", nameof(value)),
    };

    private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string DateTimeLiteral(DateTimeOffset moment) => "datetime'" + TableEdmFormat.FormatDateTime(moment) + "'";

    private static string BinaryLiteral(byte[] bytes) => "X'" + Convert.ToHexStringLower(bytes) + "'";

    // An integral double still needs a decimal point, or the service compares it as an Int32.
    private static string FormatDouble(double number)
    {
        if (!double.IsFinite(number))
        {
            throw new ArgumentException("NaN and infinities have no OData filter literal.", nameof(number));
        }

        var text = TableEdmFormat.FormatDouble(number);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }
}
