using System.Globalization;
using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Logbook;
using BridgeBot.Domain.Text;
using Microsoft.AspNetCore.Http;

namespace BridgeBot.Web.Page;

/// <summary>The page's filter as the browser sends it (a GET form), read leniently: a bad part is reported and ignored.</summary>
/// <param name="Filter">The filter to apply.</param>
/// <param name="Problems">What could not be read, in plain words, shown above the list.</param>
internal sealed record LogQuery(LogFilter Filter, IReadOnlyList<string> Problems)
{
    public const string TextField = "q", StateField = "state", OptionField = "option", FromField = "from", ToField = "to";

    /// <summary>The most characters of a search the page takes.</summary>
    public const int MaxText = 200;

    /// <summary>The states offered by the form, by their form value.</summary>
    public static IReadOnlyList<(string Value, string Label, StateFilter State)> States { get; } =
    [
        ("", "Any state", StateFilter.Any),
        ("open", "Open", StateFilter.Open),
        ("decided", "Decided", StateFilter.Decided),
        ("escalated", "Escalated", StateFilter.Escalated),
        ("withdrawn", "Withdrawn", StateFilter.Withdrawn),
    ];

    /// <summary>Reads the filter from <paramref name="query"/>.</summary>
    public static LogQuery From(IQueryCollection query)
    {
        var problems = new List<string>();
        var text = query[TextField].ToString().Trim();
        if (text.Length > MaxText)
        {
            problems.Add($"The search was cut to its first {MaxText} characters.");
            text = text[..MaxText];
        }

        var stateValue = query[StateField].ToString();
        var state = States.FirstOrDefault(s => s.Value == stateValue);
        if (state.Label is null)
        {
            problems.Add($"“{stateValue}” is not a state; showing every state.");
            state = States[0];
        }

        OptionKind? option = null;
        var optionValue = query[OptionField].ToString();
        if (optionValue.Length > 0)
        {
            if (OptionKindText.TryParse(optionValue, out var kind))
            {
                option = kind;
            }
            else
            {
                problems.Add($"“{optionValue}” is not an option; showing every option.");
            }
        }

        var from = Date(query[FromField].ToString(), "from", problems);
        var to = Date(query[ToField].ToString(), "to", problems);
        if (from is { } start && to is { } end && end < start)
        {
            problems.Add("The range ends before it starts; showing every date.");
            from = to = null;
        }

        return new LogQuery(new LogFilter(text.Length == 0 ? null : text, state.State, option, from, to), problems);
    }

    /// <summary>The filter as query pairs, so a link (CSV, back to the list) keeps it.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Pairs(LogFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Text is { } text)
        {
            yield return new(TextField, text);
        }

        if (filter.State != StateFilter.Any)
        {
            yield return new(StateField, States.First(s => s.State == filter.State).Value);
        }

        if (filter.Option is { } option)
        {
            yield return new(OptionField, OptionKindText.Keyword(option));
        }

        if (filter.From is { } from)
        {
            yield return new(FromField, DisplayText.Date(from));
        }

        if (filter.To is { } to)
        {
            yield return new(ToField, DisplayText.Date(to));
        }
    }

    private static DateOnly? Date(string value, string name, List<string> problems)
    {
        if (value.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add($"“{value}” is not a date (YYYY-MM-DD); the range has no “{name}” day.");
        return null;
    }
}
