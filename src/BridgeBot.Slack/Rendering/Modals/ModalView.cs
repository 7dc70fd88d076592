using System.Text.Json.Nodes;
using BridgeBot.Slack.BlockKit;

namespace BridgeBot.Slack.Rendering.Modals;

/// <summary>The modal envelope <c>views.open</c> takes, within Slack's limits for titles, blocks and metadata.</summary>
public static class ModalView
{
    public static JsonObject Create(string callbackId, string title, string submit, IReadOnlyList<JsonObject> blocks, ModalMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var privateMetadata = metadata.Write();
        if (privateMetadata.Length > BlockKitLimits.PrivateMetadata || blocks.Count > BlockKitLimits.ModalBlocks)
        {
            throw new ArgumentException("The modal is larger than Slack allows.", nameof(blocks));
        }

        return new JsonObject
        {
            ["type"] = "modal",
            ["callback_id"] = callbackId,
            ["title"] = Texts.Plain(title, BlockKitLimits.ModalTitle),
            ["submit"] = Texts.Plain(submit, BlockKitLimits.ModalButton),
            ["close"] = Texts.Plain("Cancel", BlockKitLimits.ModalButton),
            ["private_metadata"] = privateMetadata,
            ["blocks"] = new JsonArray([.. blocks.Select(block => (JsonNode)block)]),
        };
    }
}
