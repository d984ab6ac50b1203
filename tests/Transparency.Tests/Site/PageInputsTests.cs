using System.Reflection;
using Transparency.Web.Site.Build;
using Transparency.Web.Site.Model;

namespace Transparency.Tests.Site;

/// <summary>
/// Page sources say in their types what they read (DECISIONS 265, 266): the build hands a source the whole
/// <see cref="SiteData"/> only through <see cref="IPageSource.Plan"/>, which <see cref="PageSource{TInputs}"/> turns into the
/// source's own inputs in <c>InputsFrom</c>. Nothing else in the site's page code (pages, insights pages, models,
/// charts, search…) may take, keep or hand on <see cref="SiteData"/>; the builder's steps (Site.Build) are the one place that may.
/// </summary>
public sealed class PageInputsTests
{
    private static readonly Assembly Web = typeof(SiteData).Assembly;

    [Fact]
    public void PageCode_OutsideTheBuild_TakesSiteDataOnlyInInputsFrom()
    {
        var types = Web.GetTypes().Where(t => t.Namespace is { } ns && (ns == "Transparency.Web.Site" || ns.StartsWith("Transparency.Web.Site.", StringComparison.Ordinal))
            && ns != typeof(IPageSource).Namespace && t != typeof(SiteData)).ToList();

        Assert.Contains(types, t => t.Namespace == typeof(Transparency.Web.Site.Pages.ProviderModel).Namespace);

        Assert.Empty(Offences(types));
    }

    [Fact]
    public void EveryPageSource_NamesItsInputs()
    {
        var sources = Web.GetTypes().Where(t => typeof(IPageSource).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false }).ToList();

        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.True(DerivesFromPageSource(s), $"{s.Name} implements IPageSource without PageSource<TInputs>"));
    }

    [Fact]
    public void Offences_FindSiteDataInParametersFieldsAndClosures()
    {
        // The check itself must see a SiteData parameter, a Func over it, a field, and one captured by a lambda.
        var found = Offences([typeof(Careless)]);

        Assert.Contains(found, f => f.Contains(nameof(Careless.Create), StringComparison.Ordinal));
        Assert.Contains(found, f => f.Contains(nameof(Careless.Build), StringComparison.Ordinal));
        Assert.Contains(found, f => f.Contains("_data", StringComparison.Ordinal));
        Assert.Contains(found, f => f.Contains("<>c__DisplayClass", StringComparison.Ordinal));
    }

    /// <summary>Every method, constructor, field and property that mentions <see cref="SiteData"/>, in these types and the closures and iterators the compiler made for them.</summary>
    private static List<string> Offences(IEnumerable<Type> types)
    {
        const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var found = new List<string>();
        foreach (var type in types.SelectMany(WithNested))
        {
            foreach (var method in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
            {
                if (method.GetParameters().Any(p => Mentions(p.ParameterType)) && !IsTheSeam(method))
                {
                    found.Add($"{type.FullName}.{method.Name}({string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name))})");
                }
            }

            found.AddRange(type.GetFields(All).Where(f => Mentions(f.FieldType)).Select(f => $"{type.FullName}.{f.Name}"));
            found.AddRange(type.GetProperties(All).Where(p => Mentions(p.PropertyType)).Select(p => $"{type.FullName}.{p.Name}"));
        }

        return found;
    }

    private static IEnumerable<Type> WithNested(Type type) =>
        type.GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic).SelectMany(WithNested).Prepend(type);

    private static bool Mentions(Type type) =>
        type == typeof(SiteData)
        || (type.HasElementType && Mentions(type.GetElementType()!))
        || (type.IsGenericType && type.GetGenericArguments().Any(Mentions));

    /// <summary>A source's override of <c>PageSource&lt;TInputs&gt;.InputsFrom</c>, the one member that sees the whole build's data.</summary>
    private static bool IsTheSeam(MethodBase method) =>
        method is MethodInfo { Name: "InputsFrom" } info
        && info.GetBaseDefinition().DeclaringType is { IsGenericType: true } declaring
        && declaring.GetGenericTypeDefinition() == typeof(PageSource<>);

    private static bool DerivesFromPageSource(Type type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(PageSource<>))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What the check must catch: page code that takes or keeps the whole build's data.</summary>
    private sealed class Careless(SiteData data)
    {
        private readonly SiteData _data = data;

        public static string Create(SiteData data) => data.Period.LatestDue.ToString();

        public static Func<string> Build(Func<SiteData, string> describe, SiteData data) => () => describe(data);

        public int Count() => _data.Registry.Contracts.Count;
    }
}
