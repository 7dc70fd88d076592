using System.Globalization;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Logbook;
using BridgeBot.Domain.Text;
using BridgeBot.Web.Charts;

namespace BridgeBot.Web.Page;

/// <summary>The decision log of a workspace: the filter form, the figures and charts, and the conflicts newest first.</summary>
internal static class DecisionLogView
{
    public const string Title = "Decision log";

    public static string Render(LogbookPage page, PageLinks links, IReadOnlyList<string> problems)
    {
        var html = new Html().Element("h1", Title);
        html.Element("p", $"{DisplayText.Number(page.Conflicts.Count)} of {DisplayText.Number(page.Total)} conflicts shown, most recently changed first.", "subtle");
        Form(html, page.Filter, links);
        if (problems.Count > 0)
        {
            html.Open("ul", "problems");
            foreach (var problem in problems)
            {
                html.Element("li", problem);
            }

            html.Close("ul");
        }

        Predictions(html, page.Stats.Predictions);
        html.Raw("<section class=\"charts\" aria-label=\"Charts\">");
        foreach (var (title, svg) in LogbookCharts.Render(page.Stats))
        {
            html.Raw("<figure>").Raw(svg).Element("figcaption", title).Raw("</figure>");
        }

        if (page.Stats.MedianDaysToDecision is { } median)
        {
            html.Element("p", $"Median time from opening to the first decision: {median.ToString("0.#", CultureInfo.InvariantCulture)} days.", "subtle median");
        }

        html.Raw("</section><section class=\"entries\" aria-label=\"Conflicts\">");
        if (page.Conflicts.Count == 0)
        {
            html.Element("p", page.Filter.IsSet ? "No conflict matches this filter." : "No conflict has been opened in this workspace yet.", "empty");
        }

        foreach (var conflict in page.Conflicts)
        {
            Entry(html, conflict, links.History(conflict.Id, page.Filter), page.Today);
        }

        html.Raw("</section>");
        return html.ToString();
    }

    private static void Form(Html html, LogFilter filter, PageLinks links)
    {
        html.Raw("<form class=\"filters\" method=\"get\" action=\"/log\" role=\"search\">");
        foreach (var (name, value) in links.Link.Pairs())
        {
            html.Raw($"<input type=\"hidden\" name=\"{name}\" value=\"{Html.Attribute(value)}\">");
        }

        html.Raw($"<label>Search <input type=\"search\" name=\"{LogQuery.TextField}\" maxlength=\"{LogQuery.MaxText}\" value=\"{Html.Attribute(filter.Text)}\" placeholder=\"release, scope, person, reasoning…\"></label>");
        html.Raw($"<label>State <select name=\"{LogQuery.StateField}\">");
        foreach (var (value, label, state) in LogQuery.States)
        {
            html.Raw($"<option value=\"{value}\"{(state == filter.State ? " selected" : string.Empty)}>").Text(label).Raw("</option>");
        }

        html.Raw($"</select></label><label>Option chosen <select name=\"{LogQuery.OptionField}\"><option value=\"\">Any option</option>");
        foreach (var kind in Enum.GetValues<OptionKind>())
        {
            html.Raw($"<option value=\"{OptionKindText.Keyword(kind)}\"{(kind == filter.Option ? " selected" : string.Empty)}>")
                .Text(OptionKindText.Label(kind)).Raw("</option>");
        }

        html.Raw("</select></label>");
        html.Raw($"<label>From <input type=\"date\" name=\"{LogQuery.FromField}\" value=\"{Date(filter.From)}\"></label>");
        html.Raw($"<label>To <input type=\"date\" name=\"{LogQuery.ToField}\" value=\"{Date(filter.To)}\"></label>");
        html.Raw("<button type=\"submit\">Apply</button>");
        html.Link(links.List(LogFilter.None), "Clear", "clear");
        html.Link(links.Export(filter), "Download CSV of what is shown", "csv", download: true);
        html.Raw("</form>");
    }

    private static void Predictions(Html html, PredictionTally tally)
    {
        html.Open("p", "predictions");
        if (tally.Answered == 0)
        {
            html.Text("Predictions that held: no retrospective answered yet.");
        }
        else
        {
            html.Raw("<strong>Predictions that held: </strong>")
                .Text($"{DisplayText.Number(tally.Held)} of {DisplayText.Number(tally.Answered)} answered ({DisplayText.Number(tally.Partly)} partly, {DisplayText.Number(tally.DidNotHold)} did not).");
        }

        html.Close("p");
    }

    private static void Entry(Html html, ReleaseConflict conflict, string historyLink, DateOnly today)
    {
        html.Raw($"<article class=\"entry state-{conflict.State.ToString().ToLowerInvariant()}\">");
        html.Raw("<h2>").Link(historyLink, $"{conflict.Id} · {conflict.Release}").Raw(" ")
            .Element("span", DisplayText.State(conflict.State), "badge").Raw("</h2>");
        html.Element("p", $"{Deadline(conflict, today)} · opened {DisplayText.Time(conflict.OpenedAt)} by {conflict.OpenedBy.DisplayName}", "subtle");
        html.Element("p", $"At risk: {string.Join(", ", conflict.ScopeAtRisk)} · product {conflict.ProductManager.DisplayName}, project {conflict.ProjectManager.DisplayName}");
        if (conflict.LatestDecision is { } decision)
        {
            var label = conflict.State == ConflictState.Decided ? "Decision" : "Last decision (reopened since)";
            html.Raw("<p class=\"decision\"><strong>").Text($"{label} {DisplayText.Number(decision.Number)}: ").Raw("</strong>")
                .Text($"{decision.Option.Describe()} · release {DisplayText.Date(decision.ReleaseDate)} · decided {DisplayText.Time(decision.DecidedAt)}")
                .Raw("</p><p class=\"why\"><strong>Why: </strong>").Text(decision.Rationale).Raw("</p>");
        }

        if (conflict.BothReasoningsIn)
        {
            html.Element("p",
                $"Product manager prefers {OptionKindText.Label(conflict.ProductReasoning!.PreferredOption).ToLowerInvariant()}; " +
                $"project manager prefers {OptionKindText.Label(conflict.ProjectReasoning!.PreferredOption).ToLowerInvariant()}.", "subtle");
        }

        html.Raw("</article>");
    }

    private static string Deadline(ReleaseConflict conflict, DateOnly today) =>
        conflict.IsOpen
            ? DisplayText.Deadline(conflict.Deadline, conflict.Deadline.DayNumber - today.DayNumber, conflict.OriginalDeadline)
            : $"Deadline {DisplayText.Date(conflict.Deadline)}" + (conflict.Deadline != conflict.OriginalDeadline ? $" (was {DisplayText.Date(conflict.OriginalDeadline)})" : string.Empty);

    private static string Date(DateOnly? date) => date is { } d ? DisplayText.Date(d) : string.Empty;
}
