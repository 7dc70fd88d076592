using System.Globalization;
using System.Text;

namespace BridgeBot.Testing.Conflicts;

/// <summary>
/// Text at the domain's length limits in CJK: three UTF-8 bytes a character, the most any character of the
/// basic plane takes, and nothing JSON escapes. Cards that fit with this fit with any text of that length.
/// </summary>
public static class LongText
{
    private const string Filler = "顧客は新しい決済を待っている";

    /// <summary><paramref name="length"/> characters, starting with <paramref name="tag"/> so items stay distinct.</summary>
    public static string Of(int length, int tag = 0)
    {
        var text = new StringBuilder(tag.ToString("D2", CultureInfo.InvariantCulture));
        while (text.Length < length)
        {
            text.Append(Filler);
        }

        return text.ToString(0, length);
    }

    public static IReadOnlyList<string> Items(int count, int length, int firstTag = 0) =>
        Enumerable.Range(firstTag, count).Select(tag => Of(length, tag)).ToArray();
}
