using BridgeBot.Storage.Tables;

namespace BridgeBot.Storage.Tests.Tables;

public class TableKeyTests
{
    [Theory]
    [InlineData("plain-text_123:ok", "plain-text_123:ok")]
    [InlineData("a/b\\c#d?e", "a~2Fb~5Cc~23d~3Fe")]
    [InlineData("100% + 'quote'", "100~25 ~2B ~27quote~27")]
    [InlineData("tilde~", "tilde~7E")]
    public void Encode_EscapesForbiddenCharacters(string value, string expected)
    {
        Assert.Equal(expected, TableKey.Encode(value));
        Assert.Equal(value, TableKey.Decode(expected));
    }

    [Fact]
    public void Encode_ControlCharacters_RoundTrip()
    {
        var value = "x" + (char)0 + (char)0x1F + (char)0x7F + (char)0x85 + (char)0x9F + "y";

        var encoded = TableKey.Encode(value);

        Assert.DoesNotContain(encoded, c => c < 0x20 || c is >= (char)0x7F and <= (char)0x9F);
        Assert.Equal(value, TableKey.Decode(encoded));
    }
}
