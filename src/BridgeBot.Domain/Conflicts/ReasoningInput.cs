using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Text;

namespace BridgeBot.Domain.Conflicts;

/// <summary>A reasoning as typed in a form or a command, before validation.</summary>
/// <param name="ImpactIfDateHolds">What customers lose if the date holds and scope is cut.</param>
/// <param name="ImpactIfDateMoves">What customers lose if the date moves.</param>
/// <param name="AffectedCustomers">Who is affected.</param>
/// <param name="Severity">How badly; required.</param>
/// <param name="PreferredOption">The preferred kind of decision; required.</param>
/// <param name="Notes">Optional notes.</param>
public sealed record ReasoningInput(
    string? ImpactIfDateHolds,
    string? ImpactIfDateMoves,
    string? AffectedCustomers,
    Severity? Severity,
    OptionKind? PreferredOption,
    string? Notes)
{
    /// <summary>Form field names, shared by the renderers' forms and the refusals' <see cref="Refusal.Field"/>.</summary>
    public static class Fields
    {
        /// <summary>Impact if the date holds.</summary>
        public const string ImpactIfDateHolds = "impactIfDateHolds";

        /// <summary>Impact if the date moves.</summary>
        public const string ImpactIfDateMoves = "impactIfDateMoves";

        /// <summary>Affected customers.</summary>
        public const string AffectedCustomers = "affectedCustomers";

        /// <summary>Severity.</summary>
        public const string Severity = "severity";

        /// <summary>Preferred option.</summary>
        public const string PreferredOption = "preferredOption";

        /// <summary>Notes.</summary>
        public const string Notes = "notes";
    }

    /// <summary>Checks every field; the first problem is returned with its field name.</summary>
    public Validated<ReasoningInput> Validate()
    {
        var cleaned = this with
        {
            ImpactIfDateHolds = UserText.Clean(ImpactIfDateHolds),
            ImpactIfDateMoves = UserText.Clean(ImpactIfDateMoves),
            AffectedCustomers = UserText.Clean(AffectedCustomers),
            Notes = UserText.Clean(Notes),
        };

        var problem =
            Required(cleaned.ImpactIfDateHolds, Fields.ImpactIfDateHolds, "what customers lose if we hold the date and cut scope")
            ?? Required(cleaned.ImpactIfDateMoves, Fields.ImpactIfDateMoves, "what customers lose if we move the date")
            ?? Required(cleaned.AffectedCustomers, Fields.AffectedCustomers, "which customers are affected")
            ?? (cleaned.Severity is null ? Refusal.Invalid("Choose a severity: low, medium, high or critical.", Fields.Severity) : null)
            ?? (cleaned.PreferredOption is null
                ? Refusal.Invalid("Choose the option you prefer: hold the date, move the date, phased or other.", Fields.PreferredOption)
                : null)
            ?? TooLong(cleaned.Notes!, Fields.Notes, "The notes");
        return problem is null ? cleaned : problem;
    }

    private static Refusal? Required(string? text, string field, string what)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Refusal.Invalid($"Please write {what}.", field);
        }

        return TooLong(text, field, "Each answer");
    }

    private static Refusal? TooLong(string text, string field, string what) =>
        text.Length > ConflictLimits.LongText
            ? Refusal.Invalid($"{what} must stay under {ConflictLimits.LongText} characters ({text.Length} now).", field)
            : null;
}
