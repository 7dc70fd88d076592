using System.Text.Json.Nodes;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Teams.Cards;
using BridgeBot.Teams.Cards.Reading;

namespace BridgeBot.Teams.Tests.Cards.Support;

/// <summary>
/// Does what a Teams client does when someone fills in a form and clicks: merges the form's input values
/// (what was typed, else what was filled in, else empty) into the action's data, then hands verb and data to
/// <see cref="CardActionReader"/>. Typing into an id the form does not have fails the test.
/// </summary>
internal static class FormClient
{
    public static CardActionResult Submit(
        JsonObject card, string verb, IReadOnlyDictionary<string, string>? typed = null, IReadOnlyList<UserRef>? people = null)
    {
        var (action, inputs) = CardQuery.Form(card, verb);
        var ids = inputs.Select(input => (string)input["id"]!).ToHashSet(StringComparer.Ordinal);
        foreach (var id in (typed ?? new Dictionary<string, string>()).Keys)
        {
            Assert.True(ids.Contains(id), $"The {verb} form has no input {id}; it has {string.Join(", ", ids)}.");
        }

        var data = action["data"]?.DeepClone().AsObject() ?? [];
        foreach (var input in inputs)
        {
            var id = (string)input["id"]!;
            data[id] = typed is not null && typed.TryGetValue(id, out var value) ? value : (string?)input["value"] ?? string.Empty;
        }

        return CardActionReader.Read((string)action["verb"]!, data, people);
    }
}
