namespace BridgeBot.Slack.Handling;

/// <summary>Where a turn came from, which decides how its answer is delivered.</summary>
public enum TurnSource
{
    /// <summary>A <c>/bridge</c> slash command: private answers go to its <c>response_url</c>.</summary>
    SlashCommand,

    /// <summary>An @mention of the bot (Events API): private answers are ephemeral messages.</summary>
    Mention,

    /// <summary>A button click: the message updates itself; refusals are ephemeral.</summary>
    Click,

    /// <summary>A modal's submit: problems are field errors in the modal.</summary>
    Submission,
}
