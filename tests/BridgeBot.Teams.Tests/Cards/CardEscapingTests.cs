using System.Text.Json.Nodes;
using BridgeBot.Domain.Application.Replies;
using BridgeBot.Domain.Commands;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Conflicts.Retrospectives;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Teams.Cards;
using BridgeBot.Teams.Tests.Cards.Support;

namespace BridgeBot.Teams.Tests.Cards;

/// <summary>
/// Whatever people type (release, scope, reasoning, rationale, reasons, names) reaches Teams only as TextRuns,
/// which are not markdown-processed: it shows literally, and never sits in a TextBlock, a label or a title.
/// </summary>
public sealed class CardEscapingTests
{
    private const string Hostile = "**bold** [link](https://evil.example) <at>x</at>\n# heading\n- list _it_ `code`";

    // Parts of Hostile that survive folding onto one line, each of which markdown or Teams would act on.
    private static readonly string[] Markers = ["**bold**", "[link](https://evil.example)", "<at>x</at>", "# heading", "- list"];

    private static readonly UserRef Product = new("29:1hostile-product", "**Ana** <at>Ana</at> [x](https://evil.example)");
    private static readonly UserRef Project = new("29:1hostile-project", "# Ben\n- list");
    private static readonly UserRef Approver = new("29:1hostile-approver", "<at>Carol</at>");
    private static readonly WorkspaceSettings Settings = new(Approver, 1);

    public static TheoryData<string> CardNames => new(Cards.Keys);

    private static Dictionary<string, Func<JsonObject>> Cards { get; } = new()
    {
        ["blind.product"] = () => ConflictCard.Render(Blind().ViewFor(Product, Settings)),
        ["proposed.project"] = () => ConflictCard.Render(Proposed().ViewFor(Project, Settings), Hostile),
        ["rejected.channel"] = () => ConflictCard.Render(Rejected().ViewFor(CardPeople.Eve, Settings)),
        ["escalated.approver"] = () => ConflictCard.Render(Escalated().ViewFor(Approver, Settings)),
        ["superseded.channel"] = () => ConflictCard.Render(Superseded().ViewFor(CardPeople.Eve, Settings)),
        ["withdrawn.channel"] = () => ConflictCard.Render(Ready().Then((c, at) => c.Withdraw(Product, Hostile, at)).ViewFor(CardPeople.Eve, Settings)),
        ["list"] = () => ConflictListCard.Render(new ConflictListReply([Proposed().Conflict], Settings, ConflictStory.Today)),
        ["decision-log"] = () => DecisionLogCard.Render(new DecisionLogReply(GoldenCards.DecisionRecords(Superseded().Conflict), BridgeBot.Testing.Conflicts.FixedLogLinks.Link)),
        ["conflict-log"] = () => GoldenCards.ConflictLog(Superseded()),
        ["reasoning-request"] = () => ReasoningRequestCard.Render(Blind().ViewFor(Project, Settings), Product),
        ["proposal-form"] = () => ProposalFormCard.Render(Ready().ViewFor(Product, Settings)),
        ["open-form"] = () => OpenFormCard.Render(
            new OpenFormReply(new OpenDraft(Hostile, null, [Hostile], Product, null), Hostile, null), [Product, Project, Approver]),
        ["message"] = () => MessageCard.Render(new ErrorReply(new ParseError(Hostile, Hostile))),
        ["retrospective"] = () => RetrospectiveCard.Render(new RetrospectiveAsk(
            WorkspaceId.ForTeams("tenant"), "19:c", new ConflictId(42), Hostile, 1, Hostile, new DateOnly(2027, 1, 10), ManagerRole.Product, Product, Hostile)),
        ["retrospective-answered"] = () => RetrospectiveCard.Answered(
            Blind().Conflict with { Release = Hostile }, new RetrospectiveAnswer(1, ManagerRole.Product, ImpactHappened.No, Hostile, Product, ConflictStory.Start), Hostile),
    };

    [Theory]
    [MemberData(nameof(CardNames))]
    public void Render_UserText_NeverReachesMarkdown(string name)
    {
        var card = Cards[name]();

        var markdown = CardQuery.Objects(card).SelectMany(MarkdownTexts);
        Assert.All(markdown, text => Assert.DoesNotContain(Markers, marker => text.Contains(marker, StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(CardNames))]
    public void Render_UserText_ShowsLiterally(string name)
    {
        var runs = string.Join("\n", CardQuery.RunTexts(Cards[name]()));

        Assert.All(Markers.Take(3), marker => Assert.Contains(marker, runs, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_MultilineReasoning_KeepsItsLinesInOneRun()
    {
        var runs = CardQuery.RunTexts(ConflictCard.Render(Ready().ViewFor(CardPeople.Eve, Settings)));

        Assert.Contains(Hostile, runs);
    }

    [Fact]
    public void Render_PeopleChoices_AreDropdownsNotMarkdownRadioButtons()
    {
        var card = Cards["open-form"]();

        Assert.All(CardQuery.OfType(card, "Input.ChoiceSet"), choice => Assert.NotEqual("expanded", (string?)choice["style"]));
    }

    // Text a client runs through markdown or shows as chrome: TextBlocks, labels, titles, placeholders, messages.
    private static IEnumerable<string> MarkdownTexts(JsonObject obj)
    {
        if ((string?)obj["type"] == "TextBlock")
        {
            yield return (string)obj["text"]!;
        }

        foreach (var key in new[] { "label", "title", "placeholder", "errorMessage" })
        {
            if (obj[key] is JsonValue value && (string?)obj["type"] != null)
            {
                yield return value.ToString();
            }
        }
    }

    private static ConflictStory Ready() =>
        ConflictStory.Open(Hostile, [Hostile, "audit export"], Product, Project, CardPeople.Dev)
            .Then((c, at) => c.SubmitReasoning(Product, ManagerRole.Product, Reasoning(), at))
            .Then((c, at) => c.SubmitReasoning(Project, ManagerRole.Project, Reasoning(), at));

    private static ConflictStory Blind() =>
        ConflictStory.Open(Hostile, [Hostile], Product, Project, CardPeople.Dev)
            .Then((c, at) => c.SubmitReasoning(Product, ManagerRole.Product, Reasoning(), at));

    private static ConflictStory Proposed() =>
        Ready().Then((c, at) => c.Propose(Product, new OptionInput(OptionKind.Other, Description: Hostile), Hostile, at));

    private static ConflictStory Rejected() => Proposed().Then((c, at) => c.Reject(Project, null, Hostile, null, at));

    private static ConflictStory Escalated() => Proposed().Then((c, at) => c.Escalate(Project, Approver, Hostile, at));

    private static ConflictStory Superseded() => Proposed()
        .Then((c, at) => c.Approve(Project, null, Hostile, at))
        .Then((c, at) => c.Reopen(Product, Approver, Hostile, at))
        .Then((c, at) => c.Propose(Project, new OptionInput(OptionKind.HoldDateCutScope, CutItems: [Hostile]), Hostile, at))
        .Then((c, at) => c.Approve(Product, null, Hostile, at));

    private static ReasoningInput Reasoning() => new(Hostile, Hostile, Hostile, Severity.High, OptionKind.Other, Hostile);
}
