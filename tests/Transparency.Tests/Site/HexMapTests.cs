using Transparency.Web.Site.Charts;

namespace Transparency.Tests.Site;

public sealed class HexMapTests
{
    private static readonly string[] Legend = ["Few", "Some", "Many", "Most", "None"];

    [Fact]
    public void Draw_EnglandOnly_HasNoNationTilesAndScalesByViewBox()
    {
        var svg = HexMap.Draw("m", "Title", "Description", [new HexTile("E12000007", "London", "3 of 4 best", "0 worst", 3), new HexTile("E12000001", "North East", "No results", string.Empty, null)], Legend);

        Assert.StartsWith("<svg class=\"app-chart app-hex-map\"", svg, StringComparison.Ordinal);
        Assert.Contains("viewBox=\"0 0 ", svg, StringComparison.Ordinal);
        Assert.DoesNotContain(" width=\"", svg.Split('>')[0], StringComparison.Ordinal);
        Assert.Contains("role=\"img\" aria-labelledby=\"m-title m-desc\"", svg, StringComparison.Ordinal);
        Assert.Equal(2, svg.Split("<polygon").Length - 1);
        Assert.Contains(">3 of 4 best</text>", svg, StringComparison.Ordinal);

        // The darkest shade carries white text; a tile without data is grey.
        Assert.Contains("fill=\"#003078\"", svg, StringComparison.Ordinal);
        Assert.Contains("fill=\"#f3f2f1\"", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Draw_WithWalesAndAnUnplacedCode_DrawsWalesAndSkipsTheOther()
    {
        var svg = HexMap.Draw("m", "T", "D", [new HexTile("W92000004", "Wales", "1 of 1 best", "0 worst", 3), new HexTile("E06000001", "Hartlepool", "x", "y", 1)], Legend);

        Assert.Contains(">Wales</text>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("Hartlepool", svg, StringComparison.Ordinal);
        Assert.Equal(string.Empty, HexMap.Draw("m", "T", "D", [new HexTile("E06000001", "Hartlepool", "x", "y", 1)], Legend));
    }
}
