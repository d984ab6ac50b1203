using Microsoft.Extensions.Options;

namespace Transparency.Web.Hosting.Bulkheads;

/// <summary>The compartments, one per kind of heavy request, each with its own limits.</summary>
public sealed class BulkheadCompartments(IOptions<BulkheadOptions> options) : IDisposable
{
    private readonly Compartment[] _all =
    [
        new(HeavyRequests.Queries, options.Value.HeavyQueries),
        new(HeavyRequests.Feeds, options.Value.Feeds),
    ];

    public IReadOnlyList<Compartment> All => _all;

    public Compartment this[string name] => _all.Single(c => c.Name == name);

    public void Dispose()
    {
        foreach (var compartment in _all)
        {
            compartment.Dispose();
        }
    }
}
