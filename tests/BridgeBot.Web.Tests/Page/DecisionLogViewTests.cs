using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Logbook;
using BridgeBot.Testing.Logbook;
using BridgeBot.Web.Page;

namespace BridgeBot.Web.Tests.Page;

public class DecisionLogViewTests
{
    private static readonly PageLinks Links = new(new LinkParameters(LogbookSeed.Workspace.Value, "1800000000", "sig"));

    private static string Render(LogFilter filter, IReadOnlyList<ReleaseConflict>? conflicts = null) =>
        DecisionLogView.Render(LogbookPage.Build(conflicts ?? LogbookSeed.Build(), filter, LogbookSeed.Today), Links, []);

    private static LogFilter Filter(string? text = null, StateFilter state = StateFilter.Any, OptionKind? option = null, DateOnly? from = null, DateOnly? to = null) =>
        new(text, state, option, from, to);

    private static string[] Shown(LogFilter filter) =>
        LogbookPage.Build(LogbookSeed.Build(), filter, LogbookSeed.Today).Conflicts.Select(c => c.Id.ToString()).ToArray();

    [Fact]
    public void List_ShowsEveryConflict_MostRecentlyChangedFirst()
    {
        Assert.Equal(["R-2", "R-4", "R-5", "R-6", "R-3", "R-7", "R-1"], Shown(LogFilter.None));
    }

    [Theory]
    [InlineData("billing", new[] { "R-2" })]
    [InlineData("offline", new[] { "R-3" })]
    [InlineData("Ben Project", new[] { "R-2", "R-4", "R-5", "R-6", "R-3", "R-7", "R-1" })]
    [InlineData("extra weeks", new[] { "R-2" })]
    [InlineData("trials stall", new[] { "R-1" })]
    [InlineData("correct invoices", new[] { "R-2" })]
    [InlineData("R-5", new[] { "R-5" })]
    [InlineData("nothing-matches-this", new string[0])]
    public void Search_FindsReleaseScopePeopleReasoningAndRationale(string text, string[] expected)
    {
        Assert.Equal(expected, Shown(Filter(text)));
    }

    [Fact]
    public void Search_NeverFindsAReasoningThatIsStillHidden()
    {
        Assert.Empty(Shown(Filter(LogbookSeed.BlindSecret)));
        Assert.DoesNotContain(LogbookSeed.BlindSecret, Render(LogFilter.None), StringComparison.Ordinal);
    }

    [Fact]
    public void Filters_ByStateOptionAndDateRange()
    {
        Assert.Equal(["R-4", "R-5", "R-7"], Shown(Filter(state: StateFilter.Open)));
        Assert.Equal(["R-2", "R-3", "R-1"], Shown(Filter(state: StateFilter.Decided)));
        Assert.Equal(["R-5"], Shown(Filter(state: StateFilter.Escalated)));
        Assert.Equal(["R-6"], Shown(Filter(state: StateFilter.Withdrawn)));
        Assert.Equal(["R-2", "R-3"], Shown(Filter(option: OptionKind.MoveDate)));
        Assert.Equal(["R-1"], Shown(Filter(option: OptionKind.HoldDateCutScope)));
        Assert.Empty(Shown(Filter(option: OptionKind.PhasedRelease))); // R-3's phased decision was superseded
        Assert.Equal(["R-2"], Shown(Filter(from: new(2026, 10, 1), to: new(2026, 10, 31))));
        Assert.Equal(["R-4", "R-5", "R-6", "R-3", "R-7"], Shown(Filter(from: new(2026, 11, 1))));
        Assert.Equal(["R-2"], Shown(Filter(text: "invoices", state: StateFilter.Decided, option: OptionKind.MoveDate, to: new(2026, 10, 31))));
    }

    [Fact]
    public void HostileText_RendersAsText()
    {
        var html = Render(LogFilter.None);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("Admin &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; 1.0", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;roles&lt;/b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void HostileSearchText_IsEchoedIntoTheFormAsText()
    {
        var html = Render(Filter("\"><script>alert(1)</script>"));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("value=\"&quot;&gt;&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Predictions_CountTheRetrospectiveAnswers_OfTheConflictsShown()
    {
        // the product manager's prediction held, the project manager's partly; R-2: the product manager's did not.
        Assert.Contains("1 of 3 answered (1 partly, 1 did not)", Render(LogFilter.None), StringComparison.Ordinal);
        Assert.Contains("0 of 1 answered (0 partly, 1 did not)", Render(Filter("billing")), StringComparison.Ordinal);
        Assert.Contains("Predictions that held: no retrospective answered yet.", Render(Filter(state: StateFilter.Open)), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryLinkOnThePage_CarriesTheSignedLink()
    {
        var html = Render(Filter("checkout"));

        Assert.Contains("href=\"/log/conflicts/1?w=teams%3Aseeded-tenant&amp;e=1800000000&amp;s=sig&amp;q=checkout\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/log/export.csv?w=teams%3Aseeded-tenant&amp;e=1800000000&amp;s=sig&amp;q=checkout\"", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"s\" value=\"sig\">", html, StringComparison.Ordinal);
    }
}
