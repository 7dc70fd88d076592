using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Options;

namespace BridgeBot.Teams.Cards.Forms;

/// <summary>The choices of severity and option kind, and their values as the card reader expects them back.</summary>
internal static class ChoiceLists
{
    public static IReadOnlyList<(string Title, string Value)> Severities { get; } =
    [
        ("Low: an inconvenience", SeverityValue(Severity.Low)),
        ("Medium: noticeable, some customers complain", SeverityValue(Severity.Medium)),
        ("High: customers lose something they count on", SeverityValue(Severity.High)),
        ("Critical: customers leave, lose money or break a commitment", SeverityValue(Severity.Critical)),
    ];

    public static IReadOnlyList<(string Title, string Value)> OptionKinds { get; } =
        Enum.GetValues<OptionKind>().Select(kind => (OptionKindText.Label(kind), OptionKindText.Keyword(kind))).ToArray();

    public static string SeverityValue(Severity severity) => severity.ToString().ToLowerInvariant();

    /// <summary>Reads a severity value; only the four names, never a number that happens to be an enum value.</summary>
    public static Severity? ParseSeverity(string? value) =>
        Enum.GetValues<Severity>().Select(severity => (Severity?)severity)
            .FirstOrDefault(severity => string.Equals(SeverityValue(severity!.Value), value?.Trim(), StringComparison.OrdinalIgnoreCase));
}
