using BridgeBot.Domain.Conflicts;

namespace BridgeBot.Domain.Tests.Conflicts;

public class ConflictIdTests
{
    [Theory]
    [InlineData("R-42", 42)]
    [InlineData("r-1", 1)]
    [InlineData("R42", 42)]
    [InlineData("#7", 7)]
    [InlineData(" 19 ", 19)]
    public void TryParse_AcceptedForms(string text, int number)
    {
        Assert.True(ConflictId.TryParse(text, out var id));
        Assert.Equal(number, id.Number);
        Assert.Equal($"R-{number}", id.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("R-")]
    [InlineData("R-0")]
    [InlineData("R--1")]
    [InlineData("R-1.5")]
    [InlineData("R-١٢")]
    [InlineData("R-9999999999")]
    [InlineData("X-1")]
    public void TryParse_RejectsEverythingElse(string? text)
    {
        Assert.False(ConflictId.TryParse(text, out _));
    }
}
