using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Conflicts.Retrospectives;
using BridgeBot.Domain.Text;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Domain.Commands;

/// <summary>
/// The command grammar both platforms share. Each command word is bound to one small parse function
/// in <see cref="Parsers"/>; a mistake comes back as a <see cref="ParseError"/> with a correct example.
/// </summary>
public static class CommandParser
{
    private const int MaxThresholdDays = 30;

    private const string DateHint = "Write dates as YYYY-MM-DD, e.g. 2026-12-15.";

    private static readonly string[] OpenKeywords = ["due", "deadline", "by", "scope", "at-risk", "product", "pm", "project", "pjm"];

    private static readonly Dictionary<string, Func<TokenCursor, ParseResult>> Parsers = new(StringComparer.OrdinalIgnoreCase)
    {
        [CommandNames.Help] = cursor => ParseResult.Ok(new HelpCommand(cursor.AtEnd ? null : cursor.Next().Text)),
        [CommandNames.Open] = ParseOpen,
        [CommandNames.List] = _ => ParseResult.Ok(new ListCommand()),
        [CommandNames.Show] = cursor => WithId(cursor, CommandNames.Show, id => new ShowCommand(id)),
        [CommandNames.Reason] = ParseReason,
        [CommandNames.Propose] = ParsePropose,
        [CommandNames.Approve] = cursor => WithId(cursor, CommandNames.Approve, id => new ApproveCommand(id, cursor.TakeProposalNumber(), cursor.TakeBecause())),
        [CommandNames.Reject] = cursor => WithId(cursor, CommandNames.Reject, id => new RejectCommand(id, cursor.TakeProposalNumber(), cursor.TakeBecause())),
        [CommandNames.Escalate] = cursor => WithId(cursor, CommandNames.Escalate, id => new EscalateCommand(id, cursor.TakeBecause())),
        [CommandNames.Decide] = ParseDecide,
        [CommandNames.Withdraw] = cursor => WithId(cursor, CommandNames.Withdraw, id => new WithdrawCommand(id, cursor.TakeBecause())),
        [CommandNames.Reopen] = cursor => WithId(cursor, CommandNames.Reopen, id => new ReopenCommand(id, cursor.TakeBecause())),
        [CommandNames.Retro] = ParseRetro,
        [CommandNames.Log] = ParseLog,
        [CommandNames.Export] = _ => ParseResult.Ok(new ExportCommand()),
        [CommandNames.EscalateTo] = ParseEscalateTo,
        [CommandNames.Digest] = DigestGrammar.Parse,
    };

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["new"] = CommandNames.Open,
        ["status"] = CommandNames.Show,
        ["ls"] = CommandNames.List,
        ["?"] = CommandNames.Help,
        ["escalateto"] = CommandNames.EscalateTo,
        ["approver"] = CommandNames.EscalateTo,
        ["retrospective"] = CommandNames.Retro,
    };

    /// <summary>Parses a command.</summary>
    /// <param name="text">What followed <c>/bridge</c>, or the message with the bot's mention removed.</param>
    /// <param name="mentions">Teams mentions by their exact text; null or empty for Slack.</param>
    public static ParseResult Parse(string? text, IReadOnlyDictionary<string, UserRef>? mentions = null)
    {
        if (!Tokenizer.TryTokenize(text ?? string.Empty, mentions ?? new Dictionary<string, UserRef>(), out var tokens, out var error))
        {
            return ParseResult.Fail(error!, CommandNames.Help);
        }

        var cursor = new TokenCursor(tokens);

        // People type "/bridge open …" or "bridge open …" in Teams too.
        cursor.TakeIf("/bridge", "bridge");
        if (cursor.AtEnd)
        {
            return ParseResult.Ok(new HelpCommand(null));
        }

        var word = cursor.Next();
        var name = Aliases.GetValueOrDefault(word.Text, word.Text);
        if (word.Kind != TokenKind.Word || !Parsers.TryGetValue(name, out var parse))
        {
            return ParseResult.Fail(
                $"I don't know the command “{word.Text}”. The commands are: {string.Join(", ", CommandHelp.All.Select(spec => spec.Name))}.",
                CommandNames.Help);
        }

        return parse(cursor);
    }

    private static ParseResult WithId(TokenCursor cursor, string command, Func<ConflictId, BridgeCommand> build)
    {
        var token = cursor.AtEnd ? null : cursor.Next();
        if (!TokenCursor.TryConflictId(token, out var id))
        {
            return ParseResult.Fail(
                token is null
                    ? $"Which conflict? Give its id after “{command}”, e.g. R-42."
                    : $"“{token.Text}” is not a conflict id. Ids look like R-42.",
                command);
        }

        return ParseResult.Ok(build(id));
    }

    private static ParseResult ParseOpen(TokenCursor cursor)
    {
        var release = UserText.CleanLine(TokenCursor.Join(cursor.TakeUntil(OpenKeywords)));
        DateOnly? deadline = null;
        IReadOnlyList<string> scope = [];
        UserRef? product = null;
        UserRef? project = null;
        while (!cursor.AtEnd)
        {
            var keyword = cursor.Next();
            var value = cursor.TakeUntil(OpenKeywords);
            if (keyword.IsAny(["due", "deadline", "by"]))
            {
                if (value.Count != 1 || !TokenCursor.TryDate(value[0], out var date))
                {
                    return ParseResult.Fail($"“{TokenCursor.Join(value)}” is not a date I can read. {DateHint}", CommandNames.Open);
                }

                deadline = date;
            }
            else if (keyword.IsAny(["scope", "at-risk"]))
            {
                scope = UserText.SplitList(string.Join(", ", value.Select(token => token.Text)));
            }
            else
            {
                var role = keyword.IsAny(["product", "pm"]) ? "product" : "project";
                if (value.Count != 1 || value[0].User is not { } person)
                {
                    return ParseResult.Fail($"Mention the {role} manager with @ after “{keyword.Text}”, e.g. {keyword.Text} @ana.", CommandNames.Open);
                }

                if (role == "product")
                {
                    product = person;
                }
                else
                {
                    project = person;
                }
            }
        }

        var draft = new OpenDraft(release.Length == 0 ? null : release, deadline, scope, product, project);
        return ParseResult.Ok(new OpenCommand(draft));
    }

    private static ParseResult ParseReason(TokenCursor cursor)
    {
        var idResult = WithId(cursor, CommandNames.Reason, id => new ReasonCommand(id, null));
        if (!idResult.IsSuccess || cursor.AtEnd)
        {
            return idResult;
        }

        var keys = ReasonKeys.All;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        while (!cursor.AtEnd)
        {
            var key = cursor.Next();
            var field = ReasonKeys.FieldOf(key);
            if (field is null)
            {
                return ParseResult.Fail(
                    $"“{key.Text}” is not a reasoning field. Use hold, move, affected, severity, prefer and notes — or just “reason R-42” for the form.",
                    CommandNames.Reason);
            }

            values[field] = TokenCursor.Join(cursor.TakeUntil(keys));
        }

        Severity? severity = null;
        if (values.TryGetValue(ReasoningInput.Fields.Severity, out var severityText))
        {
            if (!Enum.TryParse<Severity>(severityText, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return ParseResult.Fail($"Severity “{severityText}” is not one of low, medium, high, critical.", CommandNames.Reason);
            }

            severity = parsed;
        }

        OptionKind? preferred = null;
        if (values.TryGetValue(ReasoningInput.Fields.PreferredOption, out var preferText))
        {
            if (!OptionKindText.TryParse(preferText, out var kind))
            {
                return ParseResult.Fail($"“{preferText}” is not an option. Prefer one of hold-date, move-date, phased, other.", CommandNames.Reason);
            }

            preferred = kind;
        }

        var input = new ReasoningInput(
            values.GetValueOrDefault(ReasoningInput.Fields.ImpactIfDateHolds),
            values.GetValueOrDefault(ReasoningInput.Fields.ImpactIfDateMoves),
            values.GetValueOrDefault(ReasoningInput.Fields.AffectedCustomers),
            severity,
            preferred,
            values.GetValueOrDefault(ReasoningInput.Fields.Notes));
        return ParseResult.Ok(new ReasonCommand(((ReasonCommand)idResult.Command).Id, input));
    }

    private static ParseResult ParsePropose(TokenCursor cursor)
    {
        var idResult = WithId(cursor, CommandNames.Propose, id => new ProposeCommand(id, null, null));
        if (!idResult.IsSuccess || cursor.AtEnd)
        {
            return idResult;
        }

        var option = OptionGrammar.Parse(cursor, CommandNames.Propose);
        if (option.Error is not null)
        {
            return new ParseResult(null, option.Error);
        }

        var rationale = cursor.TakeBecause();
        if (rationale is null)
        {
            return ParseResult.Fail("Add why, in customer terms, after “because”.", CommandNames.Propose);
        }

        return ParseResult.Ok(new ProposeCommand(((ProposeCommand)idResult.Command).Id, option.Option, rationale));
    }

    private static ParseResult ParseDecide(TokenCursor cursor)
    {
        var idResult = WithId(cursor, CommandNames.Decide, id => new DecideCommand(id, null, null));
        if (!idResult.IsSuccess)
        {
            return idResult;
        }

        OptionInput? option = null;
        if (cursor.Peek is { } next && !next.IsAny(TokenCursor.BecauseWords))
        {
            var parsed = OptionGrammar.Parse(cursor, CommandNames.Decide);
            if (parsed.Error is not null)
            {
                return new ParseResult(null, parsed.Error);
            }

            option = parsed.Option;
        }

        var rationale = cursor.TakeBecause();
        if (rationale is null)
        {
            return ParseResult.Fail("Add why, in customer terms, after “because”.", CommandNames.Decide);
        }

        return ParseResult.Ok(new DecideCommand(((DecideCommand)idResult.Command).Id, option, rationale));
    }

    private static ParseResult ParseRetro(TokenCursor cursor)
    {
        var idResult = WithId(cursor, CommandNames.Retro, id => new RetroCommand(id, ImpactHappened.Yes, null));
        if (!idResult.IsSuccess)
        {
            return idResult;
        }

        var word = cursor.AtEnd ? null : cursor.Next();
        if (word is not { Kind: TokenKind.Word } || Impact(word.Text) is not { } answer)
        {
            return ParseResult.Fail(
                $"Did the customer impact you predicted happen? Answer yes, partly or no{(word is null ? string.Empty : $", not “{word.Text}”")}.",
                CommandNames.Retro);
        }

        cursor.TakeIf(TokenCursor.BecauseWords);
        cursor.TakeIf(":");
        var comment = cursor.Rest();
        return ParseResult.Ok(new RetroCommand(((RetroCommand)idResult.Command).Id, answer, comment.Length == 0 ? null : comment));
    }

    private static ImpactHappened? Impact(string text) => text.ToUpperInvariant() switch
    {
        "YES" or "Y" or "HELD" => ImpactHappened.Yes,
        "PARTLY" or "PARTIALLY" or "SOME" => ImpactHappened.Partly,
        "NO" or "N" => ImpactHappened.No,
        _ => null,
    };

    private static ParseResult ParseLog(TokenCursor cursor)
    {
        if (cursor.AtEnd)
        {
            return ParseResult.Ok(new LogCommand(null));
        }

        return WithId(cursor, CommandNames.Log, id => new LogCommand(id));
    }

    private static ParseResult ParseEscalateTo(TokenCursor cursor)
    {
        if (cursor.AtEnd)
        {
            return ParseResult.Ok(new EscalateToCommand(null));
        }

        var approver = cursor.Peek?.User;
        if (approver is not null)
        {
            cursor.Next();
        }

        int? days = null;
        if (!cursor.AtEnd)
        {
            var token = cursor.Next();
            if (!int.TryParse(token.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed)
                || parsed is < 0 or > MaxThresholdDays)
            {
                return ParseResult.Fail(
                    $"Mention one person with @, then optionally how many working days (0 to {MaxThresholdDays}) before the deadline to escalate, e.g. escalate-to @carol 3.",
                    CommandNames.EscalateTo);
            }

            cursor.TakeIf("days", "day", "working-days");
            days = parsed;
        }

        return cursor.AtEnd
            ? ParseResult.Ok(new EscalateToCommand(approver, days))
            : ParseResult.Fail("Mention one person with @, e.g. escalate-to @carol 3.", CommandNames.EscalateTo);
    }
}
