using Transparency.Web.Domain.Places;

namespace Transparency.Tests.Domain.Places;

public sealed class AreaNamesTests
{
    [Theory]
    [InlineData("E12000001", "North East")]
    [InlineData("E12000003", "Yorkshire and The Humber")]
    [InlineData("E12000006", "East of England")]
    [InlineData("E12000009", "South West")]
    [InlineData("W92000004", "Wales")]
    [InlineData("S92000003", "Scotland")]
    [InlineData("N92000002", "Northern Ireland")]
    [InlineData("e12000008", "South East")]
    public void NameOf_KnownCode_GivesTheOnsName(string code, string name) => Assert.Equal(name, AreaNames.NameOf(code));

    [Fact]
    public void All_HasEnglandsNineRegionsAndFourNations()
    {
        Assert.Equal(9, AreaNames.All.Count(a => a.Kind == OnsAreaKind.Region));
        Assert.Equal(["E92000001", "N92000002", "S92000003", "W92000004"], AreaNames.All.Where(a => a.Kind == OnsAreaKind.Country).Select(a => a.Code));
        Assert.All(AreaNames.All, a => Assert.Matches("^[EKNSW][0-9]{8}$", a.Code));
        Assert.Equal("Cymru", AreaNames.Find("W92000004")!.WelshName);
    }

    [Fact]
    public void Label_UnknownCode_IsTheCodeAlone()
    {
        Assert.Equal("E06000001", AreaNames.Label("E06000001"));
        Assert.Equal("E06000001", AreaNames.NameOf("E06000001"));
        Assert.Equal("London (E12000007)", AreaNames.Label("E12000007"));
    }
}
