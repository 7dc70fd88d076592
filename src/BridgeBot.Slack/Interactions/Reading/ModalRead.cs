using BridgeBot.Domain.Commands;

namespace BridgeBot.Slack.Interactions.Reading;

/// <summary>A modal's inputs read back as a command, or the input that could not be read and why.</summary>
/// <param name="Command">The command, when the inputs could be read.</param>
/// <param name="Field">The block id of the input that could not be read.</param>
/// <param name="Problem">What was wrong with it.</param>
public sealed record ModalRead(BridgeCommand? Command, string? Field, string? Problem)
{
    public static ModalRead Ok(BridgeCommand command) => new(command, null, null);

    public static ModalRead Fail(string field, string problem) => new(null, field, problem);
}
