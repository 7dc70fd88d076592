using System.Globalization;

namespace BridgeBot.Domain.Conflicts;

/// <summary>A short id a person can type, unique within a workspace: <c>R-42</c>.</summary>
/// <param name="Number">The workspace's running number, from 1.</param>
public readonly record struct ConflictId(int Number)
{
    /// <summary>Parses <c>R-42</c>, <c>r-42</c>, <c>R42</c>, <c>#42</c> or <c>42</c>.</summary>
    public static bool TryParse(string? text, out ConflictId id)
    {
        id = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var span = text.AsSpan().Trim();
        if (span.Length > 0 && (span[0] == 'R' || span[0] == 'r'))
        {
            span = span[1..];
            if (span.Length > 0 && span[0] == '-')
            {
                span = span[1..];
            }
        }
        else if (span.Length > 0 && span[0] == '#')
        {
            span = span[1..];
        }

        if (span.Length is 0 or > 9 || !span.ToString().All(char.IsAsciiDigit)
            || !int.TryParse(span, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            return false;
        }

        id = new ConflictId(number);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => "R-" + Number.ToString(CultureInfo.InvariantCulture);
}
