using System.Globalization;
using System.Text;

namespace BridgeBot.Domain.Export;

/// <summary>
/// Rows of CSV (RFC 4180). Cells that a spreadsheet would run as a formula are prefixed with an apostrophe, so a
/// reasoning that starts with "=" stays text.
/// </summary>
public static class CsvRows
{
    /// <summary>Appends one row, CRLF-terminated.</summary>
    public static void Append(StringBuilder csv, IReadOnlyList<string> cells)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(cells);
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            csv.Append(Cell(cells[i]));
        }

        csv.Append("\r\n");
    }

    /// <summary>An instant as the CSV writes it (ISO 8601, UTC).</summary>
    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
