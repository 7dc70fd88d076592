using System.Globalization;
using BridgeBot.Domain.Digests;

namespace BridgeBot.Domain.Commands;

/// <summary>
/// Reads <c>digest [at HH:mm Zone/Name [weekdays | daily | mon,wed,fri] [quiet] | off | now]</c>. Time zones are IANA
/// names; a name typed in the wrong case is taken as the zone it names, since people type <c>europe/berlin</c>.
/// </summary>
internal static class DigestGrammar
{
    private const string ZoneHint = "Use an IANA time zone name such as Europe/Berlin, America/New_York, Asia/Tokyo or UTC.";

    private static readonly string[] TimeFormats = ["H:mm", "HH:mm", "H.mm", "HH.mm"];

    private static readonly Dictionary<string, DayOfWeek> DayNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mon"] = DayOfWeek.Monday, ["monday"] = DayOfWeek.Monday,
        ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday, ["tuesday"] = DayOfWeek.Tuesday,
        ["wed"] = DayOfWeek.Wednesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thu"] = DayOfWeek.Thursday, ["thur"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday, ["thursday"] = DayOfWeek.Thursday,
        ["fri"] = DayOfWeek.Friday, ["friday"] = DayOfWeek.Friday,
        ["sat"] = DayOfWeek.Saturday, ["saturday"] = DayOfWeek.Saturday,
        ["sun"] = DayOfWeek.Sunday, ["sunday"] = DayOfWeek.Sunday,
    };

    public static ParseResult Parse(TokenCursor cursor)
    {
        if (cursor.AtEnd)
        {
            return ParseResult.Ok(new DigestCommand(DigestAction.Show));
        }

        var word = cursor.Next();
        if (word.IsAny(["off", "stop", "none"]) && cursor.AtEnd)
        {
            return ParseResult.Ok(new DigestCommand(DigestAction.Off));
        }

        if (word.IsAny(["now", "today"]) && cursor.AtEnd)
        {
            return ParseResult.Ok(new DigestCommand(DigestAction.Now));
        }

        if (!word.Is("at"))
        {
            return Fail($"After “digest” write at, off or now, not “{word.Text}”.");
        }

        return ParseSchedule(cursor);
    }

    private static ParseResult ParseSchedule(TokenCursor cursor)
    {
        if (cursor.AtEnd)
        {
            return Fail("At what time? Write it as HH:mm, then the time zone.");
        }

        var timeToken = cursor.Next();
        if (!TimeOnly.TryParseExact(timeToken.Text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return Fail($"“{timeToken.Text}” is not a time of day. Write it as HH:mm on a 24-hour clock, e.g. 09:30 or 16:45.");
        }

        if (cursor.AtEnd)
        {
            return Fail($"In which time zone is {time.ToString("HH:mm", CultureInfo.InvariantCulture)}? {ZoneHint}");
        }

        var zoneToken = cursor.Next();
        if (FindZone(zoneToken.Text) is not { } zoneId)
        {
            return Fail($"“{zoneToken.Text}” is not a time zone I know. {ZoneHint}");
        }

        IReadOnlySet<DayOfWeek>? days = null;
        var quiet = false;
        while (!cursor.AtEnd)
        {
            var token = cursor.Next();
            if (token.Is("quiet"))
            {
                quiet = true;
            }
            else if (days is null && TryDays(token.Text, out var parsed))
            {
                days = parsed;
            }
            else if (days is not null && TryDays(token.Text.TrimStart(','), out var more) && !token.IsAny(["weekdays", "daily"]))
            {
                // "mon, wed, fri" arrives as several tokens.
                days = days.Union(more).ToHashSet();
            }
            else
            {
                return Fail($"“{token.Text}” is not a day list. Write weekdays, daily, or days like mon,wed,fri; add quiet to skip days with nothing to report.");
            }
        }

        return ParseResult.Ok(new DigestCommand(DigestAction.Subscribe, new DigestSchedule(time, zoneId, days ?? DigestSchedule.Weekdays, quiet)));
    }

    private static bool TryDays(string text, out IReadOnlySet<DayOfWeek> days)
    {
        days = new HashSet<DayOfWeek>();
        if (string.Equals(text, "weekdays", StringComparison.OrdinalIgnoreCase))
        {
            days = DigestSchedule.Weekdays;
            return true;
        }

        if (text.ToLowerInvariant() is "daily" or "every-day" or "everyday")
        {
            days = Enum.GetValues<DayOfWeek>().ToHashSet();
            return true;
        }

        var set = new HashSet<DayOfWeek>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!DayNames.TryGetValue(part, out var day))
            {
                return false;
            }

            set.Add(day);
        }

        days = set;
        return set.Count > 0;
    }

    private static string? FindZone(string text)
    {
        // IANA names only (Area/Location, or UTC): Windows names are several words and would not round-trip on Linux.
        if (!text.Contains('/', StringComparison.Ordinal) && !string.Equals(text, "UTC", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (string.Equals(text, "UTC", StringComparison.OrdinalIgnoreCase))
        {
            return "UTC";
        }

        // The system's own spelling, so that "europe/berlin" is stored (and shown) as Europe/Berlin.
        var ids = TimeZoneInfo.GetSystemTimeZones().Select(zone => zone.Id).ToArray();
        return ids.FirstOrDefault(id => string.Equals(id, text, StringComparison.Ordinal))
            ?? ids.FirstOrDefault(id => string.Equals(id, text, StringComparison.OrdinalIgnoreCase))
            ?? (TimeZoneInfo.TryFindSystemTimeZoneById(text, out var zone) && zone.HasIanaId && zone.Id == text ? text : null);
    }

    private static ParseResult Fail(string message) => ParseResult.Fail(message, CommandNames.Digest);
}
