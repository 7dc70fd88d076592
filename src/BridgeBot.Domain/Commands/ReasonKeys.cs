using BridgeBot.Domain.Conflicts;

namespace BridgeBot.Domain.Commands;

/// <summary>The words that introduce each reasoning field in an inline <c>reason</c> command.</summary>
internal static class ReasonKeys
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hold"] = ReasoningInput.Fields.ImpactIfDateHolds,
        ["holds"] = ReasoningInput.Fields.ImpactIfDateHolds,
        ["if-held"] = ReasoningInput.Fields.ImpactIfDateHolds,
        ["move"] = ReasoningInput.Fields.ImpactIfDateMoves,
        ["moves"] = ReasoningInput.Fields.ImpactIfDateMoves,
        ["if-moved"] = ReasoningInput.Fields.ImpactIfDateMoves,
        ["affected"] = ReasoningInput.Fields.AffectedCustomers,
        ["customers"] = ReasoningInput.Fields.AffectedCustomers,
        ["severity"] = ReasoningInput.Fields.Severity,
        ["prefer"] = ReasoningInput.Fields.PreferredOption,
        ["prefers"] = ReasoningInput.Fields.PreferredOption,
        ["notes"] = ReasoningInput.Fields.Notes,
        ["note"] = ReasoningInput.Fields.Notes,
    };

    public static IReadOnlyCollection<string> All => Fields.Keys;

    public static string? FieldOf(Token token) =>
        token.Kind == TokenKind.Word && Fields.TryGetValue(token.Text, out var field) ? field : null;
}
