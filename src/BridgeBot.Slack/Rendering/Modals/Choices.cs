using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Options;

namespace BridgeBot.Slack.Rendering.Modals;

/// <summary>The options of the modals' selects; their values are the words the command grammar reads.</summary>
public static class Choices
{
    /// <summary>The value of the decision modal's choice that confirms the current proposal.</summary>
    public const string ConfirmProposal = "confirm";

    public static IReadOnlyList<(string Value, string Label)> Severities { get; } =
        [.. Enum.GetValues<Severity>().Select(severity => (severity.ToString().ToLowerInvariant(), severity.ToString()))];

    public static IReadOnlyList<(string Value, string Label)> Options { get; } =
        [.. Enum.GetValues<OptionKind>().Select(kind => (OptionKindText.Keyword(kind), OptionKindText.Label(kind)))];

    public static Severity? ParseSeverity(string? value) =>
        Enum.TryParse<Severity>(value, ignoreCase: true, out var severity) && Enum.IsDefined(severity) ? severity : null;
}
