using BridgeBot.Slack.Interactions.Reading;
using BridgeBot.Slack.Protocol;
using BridgeBot.Slack.Rendering.Modals;

namespace BridgeBot.Slack.Interactions;

/// <summary>How one modal's submission is read, and which block ids it has (the first one takes errors that name no field).</summary>
/// <param name="Read">Reads the inputs back into a command.</param>
/// <param name="Fields">The modal's input block ids.</param>
public sealed record ModalSpec(Func<ViewState, ModalMetadata, ModalRead> Read, IReadOnlyList<string> Fields)
{
    /// <summary>The block an error belongs on: the refusal's field when the modal has it, else the first input.</summary>
    public string BlockFor(string? field) => field is not null && Fields.Contains(field) ? field : Fields[0];
}
