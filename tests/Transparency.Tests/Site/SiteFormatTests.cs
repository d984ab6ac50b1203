using Transparency.Web.Site.Model;

namespace Transparency.Tests.Site;

public sealed class SiteFormatTests
{
    [Fact]
    public void Pounds_WhenTheTotalIsNotKnown_SaysNotStatedAndLeavesTheCsvCellEmpty()
    {
        long? unknown = null;
        long? known = 1_200_000_00;

        Assert.Equal(("Not stated", string.Empty), (SiteFormat.Pounds(unknown), SiteFormat.PoundsCsv(unknown)));
        Assert.Equal((SiteFormat.Pounds(1_200_000_00L), "1200000.00"), (SiteFormat.Pounds(known), SiteFormat.PoundsCsv(known)));
    }
}
