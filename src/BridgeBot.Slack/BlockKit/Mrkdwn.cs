using System.Text;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Slack.Protocol;

namespace BridgeBot.Slack.BlockKit;

/// <summary>
/// Slack's mrkdwn for text people typed: only <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> are escaped (Slack shows
/// any other entity literally), so no release name or reasoning can become a mention, a channel ping or a link.
/// Everything that reaches a mrkdwn text object passes through <see cref="Escape"/> or <see cref="Fit(string?, int)"/>.
/// </summary>
public static class Mrkdwn
{
    private const string Ellipsis = "…";

    /// <summary>The text, inert in mrkdwn.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        return new StringBuilder(text.Length).Append(text).Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").ToString();
    }

    /// <summary>The text escaped and, when longer than <paramref name="max"/> escaped characters, cut with "…".</summary>
    public static string Fit(string? text, int max) => Fit(text, max, out _);

    /// <summary>As <see cref="Fit(string?, int)"/>; <paramref name="shortened"/> says whether it was cut.</summary>
    public static string Fit(string? text, int max, out bool shortened)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var escaped = Escape(text);
        shortened = escaped.Length > max;
        if (!shortened)
        {
            return escaped;
        }

        // Cut on the raw text so no entity or surrogate pair is split, then escape what is kept.
        var raw = text!;
        var kept = new StringBuilder();
        var length = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var piece = char.IsHighSurrogate(raw[i]) && i + 1 < raw.Length ? raw.Substring(i++, 2) : Escape(raw[i].ToString());
            if (length + piece.Length + Ellipsis.Length > max)
            {
                break;
            }

            kept.Append(piece);
            length += piece.Length;
        }

        return kept.ToString().TrimEnd() + Ellipsis;
    }

    /// <summary>
    /// Fits several texts into one budget: short ones keep all they have, and what they leave is shared out among the
    /// longer ones, so one long answer does not crowd the others out.
    /// </summary>
    public static IReadOnlyList<string> FitAll(IReadOnlyList<string?> texts, int budget, out bool shortened)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var lengths = texts.Select(text => Escape(text).Length).ToArray();
        var limits = new int[texts.Count];
        var open = Enumerable.Range(0, texts.Count).Where(i => lengths[i] > 0).ToList();
        var left = budget;
        while (open.Count > 0)
        {
            var share = Math.Max(1, left / open.Count);
            var fitting = open.Where(i => lengths[i] <= share).ToList();
            if (fitting.Count == 0)
            {
                open.ForEach(i => limits[i] = share);
                break;
            }

            foreach (var i in fitting)
            {
                limits[i] = lengths[i];
                left -= lengths[i];
                open.Remove(i);
            }
        }

        var fitted = new string[texts.Count];
        shortened = false;
        for (var i = 0; i < texts.Count; i++)
        {
            if (lengths[i] > 0)
            {
                fitted[i] = Fit(texts[i], Math.Max(1, limits[i]), out var cut);
                shortened |= cut;
            }
            else
            {
                fitted[i] = string.Empty;
            }
        }

        return fitted;
    }

    /// <summary>A person: a mention Slack draws with their current name, or their escaped name when the id is not a Slack user id.</summary>
    public static string User(UserRef person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return SlackIds.IsUser(person.Id) ? "<@" + person.Id + ">" : Escape(person.DisplayName);
    }

    /// <summary>"*label*".</summary>
    public static string Bold(string label) => "*" + label + "*";
}
