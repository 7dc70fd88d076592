using BridgeBot.Teams.Tests.Cards.Support;

namespace BridgeBot.Teams.Tests.Cards;

/// <summary>
/// Microsoft's adaptivecards library (run under Node by tools/validate-adaptive-cards.js) reads every golden card
/// as Teams' schema 1.5 without a single error or warning.
/// </summary>
public sealed class AdaptiveCardsLibraryTests
{
    [Fact]
    public void GoldenCards_HaveNoErrorsOrWarnings()
    {
        var files = GoldenCards.All.Keys.Select(GoldenFile.PathOf).ToArray();
        var reports = AdaptiveCardsLibrary.Validate(files);

        Assert.Equal(files.Length, reports.Count);
        var problems = reports.SelectMany(report => report.Errors.Concat(report.Warnings)
            .Select(problem => $"{Path.GetFileName(report.File)}: {problem.Check} {problem.Event} at {problem.Where}: {problem.Message}"));
        Assert.Empty(problems);
    }

    [Fact]
    public void Validator_ReportsWhatTeamsWouldNotRender()
    {
        var file = Path.Combine(Path.GetTempPath(), $"bridgebot-bad-card-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """
            {"type":"AdaptiveCard","version":"1.6","refresh":{"action":{"type":"Action.Submit"}},"body":[
              {"type":"TextBlock","text":"x","isMultiLine":true},
              {"type":"Input.Text","id":"a","isRequired":true},
              {"type":"Carousel","pages":[]}
            ]}
            """);
        try
        {
            var report = Assert.Single(AdaptiveCardsLibrary.Validate([file]));

            Assert.Contains(report.Warnings, problem => problem.Event == "DroppedProperty" && problem.Where == "$.body[0].isMultiLine");
            Assert.Contains(report.Warnings, problem => problem.Event == "RequiredInputsShouldHaveLabel");
            Assert.Contains(report.Errors, problem => problem.Event == "UnknownElementType");
            Assert.Contains(report.Errors, problem => problem.Event == "UnsupportedCardVersion");
            Assert.Contains(report.Errors, problem => problem.Event == "ActionTypeNotAllowed");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
