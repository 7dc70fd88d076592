using BridgeBot.Domain.Export;
using BridgeBot.Domain.Ports;
using static BridgeBot.Domain.Tests.Support.Conflicts;

namespace BridgeBot.Domain.Tests.Export;

public class DecisionCsvTests
{
    [Fact]
    public void Write_OneRowPerDecisionVersion_WithHeader()
    {
        var conflict = Decided();
        var record = new DecisionRecord(conflict.Id, conflict.Release, conflict.OriginalDeadline, "Ana", "Ben", conflict.Decisions[0], null);

        var lines = DecisionCsv.Write([record, record with { Supersedes = 1 }]).Split("\r\n");

        Assert.Equal(string.Join(',', DecisionCsv.Columns), lines[0]);
        Assert.StartsWith("R-42,Checkout 2.4,1,,move-date,Move the date to 2027-01-10,2026-12-15,2026-12-15,2027-01-10,,", lines[1]);
        Assert.Contains(",Ana; Ben,", lines[1]);
        Assert.StartsWith("R-42,Checkout 2.4,1,1,", lines[2]);
        Assert.Equal("", lines[3]);
    }

    [Fact]
    public void Write_QuotesSeparatorsAndNeutralisesFormulas()
    {
        var conflict = Decided();
        var decision = conflict.Decisions[0] with { Rationale = "=HYPERLINK(\"x\"), \"quoted\"\nnext" };
        var record = new DecisionRecord(conflict.Id, "@release", conflict.OriginalDeadline, "Ana", "Ben", decision, null);

        var csv = DecisionCsv.Write([record]);

        Assert.Contains(",'@release,", csv);
        Assert.Contains(",\"'=HYPERLINK(\"\"x\"\"), \"\"quoted\"\"\nnext\",", csv);
    }
}
