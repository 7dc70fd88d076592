namespace BridgeBot.Domain.Conflicts.Options;

/// <summary>Plain-word names of option kinds, and the words people type for them.</summary>
public static class OptionKindText
{
    /// <summary>A short label, e.g. "Move the date".</summary>
    public static string Label(OptionKind kind) => kind switch
    {
        OptionKind.HoldDateCutScope => "Hold the date, cut scope",
        OptionKind.MoveDate => "Move the date",
        OptionKind.PhasedRelease => "Phased release",
        _ => "Other",
    };

    /// <summary>The keyword used in commands and form values, e.g. <c>move-date</c>.</summary>
    public static string Keyword(OptionKind kind) => kind switch
    {
        OptionKind.HoldDateCutScope => "hold-date",
        OptionKind.MoveDate => "move-date",
        OptionKind.PhasedRelease => "phased",
        _ => "other",
    };

    /// <summary>Reads a keyword or one of its common spellings.</summary>
    public static bool TryParse(string? text, out OptionKind kind)
    {
        kind = default;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "hold-date" or "hold" or "hold-the-date" or "cut" or "cut-scope" or "holddatecutscope":
                kind = OptionKind.HoldDateCutScope;
                return true;
            case "move-date" or "move" or "move-the-date" or "movedate" or "slip":
                kind = OptionKind.MoveDate;
                return true;
            case "phased" or "phased-release" or "phases" or "phasedrelease":
                kind = OptionKind.PhasedRelease;
                return true;
            case "other":
                kind = OptionKind.Other;
                return true;
            default:
                return false;
        }
    }
}
