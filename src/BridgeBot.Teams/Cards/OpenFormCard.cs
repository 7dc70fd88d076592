using System.Text.Json.Nodes;
using BridgeBot.Domain.Application.Replies;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Text;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Teams.Cards.Json;
using static BridgeBot.Teams.Cards.Json.AdaptiveElements;

namespace BridgeBot.Teams.Cards;

/// <summary>
/// The form that opens a conflict, filled in with what an incomplete <c>open</c> command gave. The managers are
/// chosen from the people of the conversation, by their platform id; <see cref="Reading.CardActionReader"/>
/// resolves the chosen ids through the same list.
/// </summary>
public static class OpenFormCard
{
    /// <summary>The most people one choice list offers (two lists must fit one card); a chosen manager is always among them.</summary>
    public const int MaxPeople = 60;

    /// <summary>Draws the form.</summary>
    /// <param name="reply">The draft, and the problem with the last submission if there was one.</param>
    /// <param name="people">Who may be named manager: the conversation's roster.</param>
    public static JsonObject Render(OpenFormReply reply, IReadOnlyList<UserRef> people)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(people);
        var draft = reply.Draft;
        var choices = Choices(people, draft.ProductManager, draft.ProjectManager);
        var body = new List<JsonNode>
        {
            TextBlock("Open a release conflict", size: "Large", weight: "Bolder"),
            TextBlock("Both managers are then asked, privately, for their customer-impact reasoning.", subtle: true, spacing: "None"),
        };
        if (reply.Problem is not null)
        {
            body.Add(Container([Rich(Run(reply.Problem))], style: "attention"));
        }

        body.Add(InputText(CardInputIds.Open.Release, "Release", required: "Name the release.",
            maxLength: ConflictLimits.ReleaseName, placeholder: "e.g. Checkout 2.4", value: draft.Release));
        body.Add(InputDate(CardInputIds.Open.Deadline, "Deadline at risk", required: "Give the deadline.", value: draft.Deadline));
        body.Add(InputText(CardInputIds.Open.Scope, "Scope at risk, separated by commas", required: "List the scope at risk.",
            placeholder: "e.g. SSO, audit export", value: draft.ScopeAtRisk.Count == 0 ? null : string.Join(", ", draft.ScopeAtRisk)));
        body.Add(PersonChoice(CardInputIds.Open.ProductManager, "Product manager (the what and why)", choices, draft.ProductManager));
        body.Add(PersonChoice(CardInputIds.Open.ProjectManager, "Project manager (the when and how)", choices, draft.ProjectManager));
        if (people.Count > MaxPeople)
        {
            body.Add(TextBlock($"Only {DisplayText.Number(MaxPeople)} of {DisplayText.Number(people.Count)} people are listed; to name someone else, type the open command with @mentions.",
                size: "Small", subtle: true));
        }

        var card = AdaptiveCardDocument.Create(body, [Execute("Open conflict", CardVerbs.SubmitOpen, style: "positive")]);
        return CardSizeFitter.Fit(card, ConflictCard.ShortenedNote);
    }

    // A dropdown, never radio buttons: clients render expanded choice titles as markdown, and these are names.
    private static JsonObject PersonChoice(string id, string label, (string Title, string Value)[] choices, UserRef? chosen) =>
        ChoiceSet(id, label, choices, required: "Choose a person.", value: chosen?.Id, placeholder: "Choose a person",
            filtered: choices.Length > 10);

    private static (string Title, string Value)[] Choices(IReadOnlyList<UserRef> people, params UserRef?[] chosen)
    {
        var listed = people.Where(person => person != UserRef.System)
            .DistinctBy(person => person.Id, StringComparer.Ordinal)
            .OrderBy(person => person.DisplayName, StringComparer.CurrentCultureIgnoreCase)
            .Take(MaxPeople)
            .ToList();
        foreach (var person in chosen)
        {
            if (person is not null && !listed.Contains(person))
            {
                listed.Insert(0, person);
            }
        }

        return listed.Select(person => (person.DisplayName, person.Id)).ToArray();
    }
}
