using System.Text.Json.Nodes;
using BridgeBot.Domain.Application;
using BridgeBot.Domain.Ports;
using BridgeBot.Slack.Interactions;
using BridgeBot.Slack.Rendering.Modals;
using BridgeBot.Slack.Tests.Rendering;
using BridgeBot.Slack.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace BridgeBot.Slack.Tests.Interactions;

/// <summary>The router binds every id the renderers draw, and each modal's spec knows exactly the inputs the modal has.</summary>
public class SlackInteractionRouterTests
{
    private static readonly SlackInteractionRouter Router = Create();

    [Fact]
    public void Router_BindsEveryButtonAndEveryModal()
    {
        Assert.Equal(SlackActionIds.All.Order(), Router.RegisteredActions.Order());
        Assert.Equal(SlackCallbackIds.All.Order(), Router.RegisteredModals.Order());
    }

    [Theory]
    [InlineData("modal-open.empty")]
    [InlineData("modal-reasoning.new")]
    [InlineData("modal-proposal")]
    [InlineData("modal-decide")]
    [InlineData("modal-reject")]
    [InlineData("modal-escalate")]
    [InlineData("modal-withdraw")]
    [InlineData("modal-reopen")]
    [InlineData("modal-retrospective")]
    public void ModalSpec_HasExactlyTheModalsInputs(string golden)
    {
        var modal = GoldenMessages.All[golden]();

        var spec = Router.ModalFor(modal["callback_id"]!.GetValue<string>())!;

        var inputs = BlockQuery.OfType(modal, "input").Select(input => input["block_id"]!.GetValue<string>());
        Assert.Equal(inputs, spec.Fields);
    }

    [Fact]
    public void ModalSpec_PutsARefusalUnderItsFieldOrTheFirstInput()
    {
        var spec = Router.ModalFor(SlackCallbackIds.Propose)!;

        Assert.Equal(OptionModal.Fields.NewDate, spec.BlockFor("newDate"));
        Assert.Equal(OptionModal.Fields.Option, spec.BlockFor("note"));
        Assert.Equal(OptionModal.Fields.Option, spec.BlockFor(null));
    }

    [Fact]
    public void ViewAnswer_ErrorsAreSlacksResponseAction()
    {
        var json = ViewAnswer.Error("reason", "Say why.").ToJson()!;

        Assert.Equal("""{"response_action":"errors","errors":{"reason":"Say why."}}""", json.ToJsonString());
        Assert.Null(ViewAnswer.Close.ToJson());
    }

    private static SlackInteractionRouter Create()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = "secret",
            ["Slack:BotToken"] = "xoxb-test",
        }).Build();
        var store = new Mock<IConflictStore>(MockBehavior.Strict).Object;
        var settings = new Mock<IWorkspaceSettingsStore>(MockBehavior.Strict).Object;
        var links = new Mock<ILogLinkIssuer>(MockBehavior.Strict).Object;
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(store)
            .AddSingleton(settings)
            .AddSingleton(new Mock<IConversationStore>(MockBehavior.Strict).Object)
            .AddSingleton(new Mock<IInstallationStore>(MockBehavior.Strict).Object)
            .AddSingleton(links)
            .AddSingleton(CommandRouter.Create(
                new ConflictService(store, settings, TimeProvider.System),
                new DigestService(new Mock<IDigestSubscriptionStore>(MockBehavior.Strict).Object, store, TimeProvider.System),
                links))
            .AddSlack(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return services.GetRequiredService<SlackInteractionRouter>();
    }
}
