using BridgeBot.Domain.Conflicts;

namespace BridgeBot.Teams.Cards;

/// <summary>
/// The <c>id</c> of every input on BridgeBot's cards. Ids are unique across a whole card (its show-cards
/// included), which is why each form has its own prefix. The reasoning form uses
/// <see cref="ReasoningInput.Fields"/> unchanged, so a refusal's field names the input it is about.
/// </summary>
public static class CardInputIds
{
    /// <summary>The proposal form.</summary>
    public static class Propose
    {
        /// <summary>The kind of option (a <c>OptionKindText.Keyword</c>).</summary>
        public const string OptionKind = "propose.optionKind";

        /// <summary>Scope to cut, comma-separated (hold the date).</summary>
        public const string CutItems = "propose.cutItems";

        /// <summary>The new date (move the date).</summary>
        public const string NewDate = "propose.newDate";

        /// <summary>A phase's scope; {0} is the phase number from 1.</summary>
        public const string PhaseScope = "propose.phase{0}.scope";

        /// <summary>A phase's date; {0} is the phase number from 1.</summary>
        public const string PhaseDate = "propose.phase{0}.date";

        /// <summary>The description (other).</summary>
        public const string Description = "propose.description";

        /// <summary>Why, in customer terms.</summary>
        public const string Rationale = "propose.rationale";
    }

    /// <summary>The escalation approver's decision form.</summary>
    public static class Decide
    {
        /// <summary>The option: <see cref="ConfirmProposal"/> or an option kind keyword.</summary>
        public const string OptionKind = "decide.optionKind";

        /// <summary>The value of <see cref="OptionKind"/> that confirms the current proposal.</summary>
        public const string ConfirmProposal = "confirm";

        /// <summary>Scope to cut.</summary>
        public const string CutItems = "decide.cutItems";

        /// <summary>The new date.</summary>
        public const string NewDate = "decide.newDate";

        /// <summary>A phase's scope; {0} is the phase number from 1.</summary>
        public const string PhaseScope = "decide.phase{0}.scope";

        /// <summary>A phase's date; {0} is the phase number from 1.</summary>
        public const string PhaseDate = "decide.phase{0}.date";

        /// <summary>The description (other).</summary>
        public const string Description = "decide.description";

        /// <summary>Why, in customer terms.</summary>
        public const string Rationale = "decide.rationale";
    }

    /// <summary>The reason asked for by reject.</summary>
    public const string RejectReason = "reject.reason";

    /// <summary>The reason asked for by escalate.</summary>
    public const string EscalateReason = "escalate.reason";

    /// <summary>The reason asked for by withdraw.</summary>
    public const string WithdrawReason = "withdraw.reason";

    /// <summary>What changed, asked for by reopen.</summary>
    public const string ReopenReason = "reopen.reason";

    /// <summary>The retrospective a manager is asked after the release.</summary>
    public static class Retro
    {
        /// <summary>Yes, partly or no.</summary>
        public const string Answer = "retro.answer";

        /// <summary>A sentence on what actually happened.</summary>
        public const string Comment = "retro.comment";
    }

    /// <summary>The form that opens a conflict; ids match the domain's refusal fields.</summary>
    public static class Open
    {
        /// <summary>Release name.</summary>
        public const string Release = "release";

        /// <summary>Deadline.</summary>
        public const string Deadline = "deadline";

        /// <summary>Scope at risk, comma-separated.</summary>
        public const string Scope = "scope";

        /// <summary>The product manager's user id.</summary>
        public const string ProductManager = "productManager";

        /// <summary>The project manager's user id.</summary>
        public const string ProjectManager = "projectManager";
    }
}
