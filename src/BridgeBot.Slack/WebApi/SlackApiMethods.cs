using System.Text.Json.Nodes;
using BridgeBot.Slack.BlockKit;

namespace BridgeBot.Slack.WebApi;

/// <summary>The Web API methods BridgeBot uses, each with the arguments it sends and the part of the answer it reads.</summary>
public static class SlackApiMethods
{
    /// <summary><c>chat.postMessage</c>; the message's <c>ts</c>, which <c>chat.update</c> needs.</summary>
    public static async Task<string> PostMessageAsync(this SlackApiClient client, string token, string channel, SlackMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var arguments = With(message, "channel", channel);
        var answer = await client.CallAsync("chat.postMessage", token, arguments, cancellationToken).ConfigureAwait(false);
        return answer["ts"]?.GetValue<string>() ?? throw new SlackApiException("chat.postMessage", "missing_ts");
    }

    /// <summary><c>chat.postMessage</c> in the thread of <paramref name="threadTs"/>; the reply's <c>ts</c>.</summary>
    public static async Task<string> PostReplyAsync(this SlackApiClient client, string token, string channel, string threadTs, SlackMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var arguments = With(message, "channel", channel);
        arguments["thread_ts"] = threadTs;
        var answer = await client.CallAsync("chat.postMessage", token, arguments, cancellationToken).ConfigureAwait(false);
        return answer["ts"]?.GetValue<string>() ?? throw new SlackApiException("chat.postMessage", "missing_ts");
    }

    /// <summary><c>chat.update</c>: replaces the message <paramref name="ts"/> in place.</summary>
    public static Task UpdateMessageAsync(this SlackApiClient client, string token, string channel, string ts, SlackMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var arguments = With(message, "channel", channel);
        arguments["ts"] = ts;
        return client.CallAsync("chat.update", token, arguments, cancellationToken);
    }

    /// <summary><c>chat.postEphemeral</c>: a message only <paramref name="user"/> sees, in <paramref name="channel"/>.</summary>
    public static Task PostEphemeralAsync(this SlackApiClient client, string token, string channel, string user, SlackMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var arguments = With(message, "channel", channel);
        arguments["user"] = user;
        return client.CallAsync("chat.postEphemeral", token, arguments, cancellationToken);
    }

    /// <summary><c>views.open</c>: shows a modal; the trigger id is valid for three seconds after the click.</summary>
    public static Task OpenViewAsync(this SlackApiClient client, string token, string triggerId, JsonObject view, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.CallAsync("views.open", token, new JsonObject { ["trigger_id"] = triggerId, ["view"] = view }, cancellationToken);
    }

    /// <summary><c>views.publish</c>: replaces what <paramref name="userId"/> sees on BridgeBot's Home tab.</summary>
    public static Task PublishViewAsync(this SlackApiClient client, string token, string userId, JsonObject view, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.CallAsync("views.publish", token, new JsonObject { ["user_id"] = userId, ["view"] = view }, cancellationToken);
    }

    /// <summary><c>conversations.open</c> with one person: the id of the bot's DM channel with them.</summary>
    public static async Task<string> OpenDirectMessageAsync(this SlackApiClient client, string token, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var answer = await client.CallAsync("conversations.open", token, new JsonObject { ["users"] = userId }, cancellationToken).ConfigureAwait(false);
        return answer["channel"]?["id"]?.GetValue<string>() ?? throw new SlackApiException("conversations.open", "missing_channel");
    }

    /// <summary><c>users.info</c>: the name Slack shows for the person (display name, else real name, else handle).</summary>
    public static async Task<string?> GetUserNameAsync(this SlackApiClient client, string token, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var answer = await client.CallAsync("users.info", token, new JsonObject { ["user"] = userId }, cancellationToken).ConfigureAwait(false);
        var user = answer["user"];
        return new[] { user?["profile"]?["display_name"], user?["real_name"], user?["profile"]?["real_name"], user?["name"] }
            .Select(node => node is JsonValue value && value.TryGetValue<string>(out var name) ? name : null)
            .FirstOrDefault(name => !string.IsNullOrWhiteSpace(name));
    }

    /// <summary>Answers through a <c>response_url</c>, privately to whoever asked.</summary>
    public static Task RespondAsync(this SlackApiClient client, string responseUrl, SlackMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var payload = With(message, "response_type", "ephemeral");
        return client.PostToResponseUrlAsync(responseUrl, payload, cancellationToken);
    }

    private static JsonObject With(SlackMessage message, string key, string value)
    {
        ArgumentNullException.ThrowIfNull(message);
        var json = message.ToJson();
        json[key] = value;
        return json;
    }
}
