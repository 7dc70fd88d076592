namespace BridgeBot.Slack.BlockKit;

/// <summary>Block Kit's documented limits (docs.slack.dev/reference/block-kit), checked by the renderers and their tests.</summary>
public static class BlockKitLimits
{
    public const int MessageBlocks = 50;
    public const int ModalBlocks = 100;
    public const int HomeBlocks = 100;
    public const int SectionText = 3000;
    public const int SectionFields = 10;
    public const int FieldText = 2000;
    public const int HeaderText = 150;
    public const int ContextElements = 10;
    public const int ActionsElements = 25;
    public const int ButtonText = 75;
    public const int ButtonValue = 2000;
    public const int ButtonUrl = 3000;
    public const int ActionId = 255;
    public const int BlockId = 255;
    public const int CallbackId = 255;
    public const int ModalTitle = 24;
    public const int ModalButton = 24;
    public const int PrivateMetadata = 3000;
    public const int InputLabel = 2000;
    public const int Placeholder = 150;
    public const int OptionText = 75;
    public const int OptionValue = 150;
    public const int PlainTextInput = 3000;

    /// <summary>What a message's <c>text</c> (its notification and fallback) is kept under.</summary>
    public const int MessageText = 3000;
}
