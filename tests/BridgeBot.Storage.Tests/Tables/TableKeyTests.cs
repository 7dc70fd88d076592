using BridgeBot.Storage.Tables;

namespace BridgeBot.Storage.Tests.Tables;

public sealed class TableKeyTests
{
    public static TheoryData<string> AwkwardStrings() =>
    [
        string.Empty,
        "plain-id_123",
        "a/b\\c#d?e",
        "100% + 'quoted'",
        "~7E already~looks~escaped~",
        "tab\tnewline\ncontrol\u0001del\u007fc1\u0085\u009f",
        "ünïcødé ✓ 😀",
        "teams:29:1a-B_c/=",
    ];

    [Theory]
    [MemberData(nameof(AwkwardStrings))]
    public void Encode_ThenDecode_GivesTheOriginal(string value) =>
        Assert.Equal(value, TableKey.Decode(TableKey.Encode(value)));

    [Theory]
    [MemberData(nameof(AwkwardStrings))]
    public void Encode_LeavesNoCharacterKeysForbidOrUrlsMangle(string value)
    {
        var encoded = TableKey.Encode(value);

        Assert.DoesNotContain(encoded, character =>
            character is '/' or '\\' or '#' or '?' or '%' or '+' or '\'' || char.IsControl(character));
    }

    [Fact]
    public void Encode_PlainId_IsUnchanged() => Assert.Equal("U012AB3CD", TableKey.Encode("U012AB3CD"));

    [Fact]
    public void Encode_ForbiddenCharacter_BecomesEscapeAndTwoHexDigits() =>
        Assert.Equal("a~2Fb~7Ec~0A", TableKey.Encode("a/b~c\n"));

    [Theory]
    [InlineData("~")]
    [InlineData("a~2")]
    [InlineData("a~zz")]
    public void Decode_BrokenEscape_ThrowsFormatException(string key) =>
        Assert.Throws<FormatException>(() => TableKey.Decode(key));
}
