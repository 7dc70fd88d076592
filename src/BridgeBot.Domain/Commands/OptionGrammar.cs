using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Text;

namespace BridgeBot.Domain.Commands;

/// <summary>Reads an option (<c>hold-date cut "…"</c>, <c>move-date 2027-01-10</c>, <c>phased …</c>, <c>other "…"</c>).</summary>
internal static class OptionGrammar
{
    private static readonly string[] PhaseSeparators = ["then", "and", ",", "+", ";"];

    public static (OptionInput? Option, ParseError? Error) Parse(TokenCursor cursor, string command)
    {
        var kindToken = cursor.Next();
        if (!OptionKindText.TryParse(kindToken.Text, out var kind))
        {
            return Fail($"“{kindToken.Text}” is not an option. Use hold-date, move-date, phased or other.", command);
        }

        var args = cursor.TakeUntil(TokenCursor.BecauseWords);
        return kind switch
        {
            OptionKind.HoldDateCutScope => Hold(args),
            OptionKind.MoveDate => Move(args, command),
            OptionKind.PhasedRelease => Phased(args, command),
            _ => (new OptionInput(OptionKind.Other, Description: TokenCursor.Join(args)), null),
        };
    }

    private static (OptionInput?, ParseError?) Hold(IReadOnlyList<Token> args)
    {
        var items = args.SkipWhile(token => token.IsAny(["cut", "cutting", "without", "scope"]));
        return (new OptionInput(OptionKind.HoldDateCutScope, CutItems: UserText.SplitList(string.Join(", ", items.Select(token => token.Text)))), null);
    }

    private static (OptionInput?, ParseError?) Move(IReadOnlyList<Token> args, string command)
    {
        var rest = args.SkipWhile(token => token.IsAny(["to", "date"])).ToArray();
        if (rest.Length == 0)
        {
            return (new OptionInput(OptionKind.MoveDate), null);
        }

        return rest.Length == 1 && TokenCursor.TryDate(rest[0], out var date)
            ? (new OptionInput(OptionKind.MoveDate, NewDate: date), null)
            : Fail($"“{TokenCursor.Join(rest)}” is not a date I can read. Write dates as YYYY-MM-DD, e.g. 2027-01-10.", command);
    }

    private static (OptionInput?, ParseError?) Phased(IReadOnlyList<Token> args, string command)
    {
        var phases = new List<ReleasePhase>();
        var scope = new List<Token>();
        foreach (var token in args)
        {
            if (TokenCursor.TryDate(token, out var date))
            {
                if (scope.Count == 0)
                {
                    return Fail($"Say what ships on {date:yyyy-MM-dd}: put the phase's scope before its date.", command);
                }

                phases.Add(new ReleasePhase(TokenCursor.Join(scope), date));
                scope.Clear();
            }
            else if (!(token.Kind == TokenKind.Word && token.IsAny(PhaseSeparators)))
            {
                scope.Add(token);
            }
        }

        if (scope.Count > 0)
        {
            return Fail($"The phase “{TokenCursor.Join(scope)}” has no date after it.", command);
        }

        return (new OptionInput(OptionKind.PhasedRelease, Phases: phases), null);
    }

    private static (OptionInput?, ParseError?) Fail(string message, string command) =>
        (null, new ParseError(message, CommandHelp.ExampleOf(command)));
}
