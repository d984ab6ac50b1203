using Transparency.Web.Domain;

namespace Transparency.Tests.Domain;

public sealed class OrgIdTests
{
    [Theory]
    [InlineData("GB-COH-01234567")]
    [InlineData("GB-COH-SC123456")]
    [InlineData("GB-CHC-1234567")]
    [InlineData("GB-CHC-123456")]
    [InlineData("GB-SC-SC012345")]
    [InlineData("GB-GOR-D18")]
    [InlineData("GB-LAE-MAN")]
    [InlineData("GB-NHS-RX1")]
    [InlineData("GB-MPR-12345R")]
    [InlineData("US-EIN-123456789")]
    public void IsValid_WhenWellFormed_IsTrue(string identifier) => Assert.True(OrgId.IsValid(identifier));

    [Theory]
    [InlineData("", "Enter an organisation identifier")]
    [InlineData("01234567", "is not an organisation identifier. Use the org-id.guide form")]
    [InlineData("gb-coh-01234567", "is not an organisation identifier")]
    [InlineData("GB-COH-1234", "does not look like a Companies House number")]
    [InlineData("GB-COH-ABCDEFGH", "does not look like a Companies House number")]
    [InlineData("GB-CHC-12", "does not look like a Charity Commission number")]
    [InlineData("GB-GOR-department", "does not look like a government organisation code")]
    [InlineData("GB-COH-", "is not an organisation identifier")]
    public void TryValidate_WhenWrong_SaysWhatIsWrong(string identifier, string expected)
    {
        Assert.False(OrgId.TryValidate(identifier, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void ListOf_ReturnsThePrefixAndList() => Assert.Equal("GB-COH", OrgId.ListOf("GB-COH-01234567"));
}
