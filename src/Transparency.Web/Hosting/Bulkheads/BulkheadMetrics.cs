using System.Diagnostics.Metrics;

namespace Transparency.Web.Hosting.Bulkheads;

/// <summary>The bulkheads' own instruments, exported with the rest when telemetry is on (README, "Telemetry").</summary>
public sealed class BulkheadMetrics : IDisposable
{
    public const string MeterName = "Transparency.Bulkheads";

    private readonly Meter _meter;
    private readonly Counter<long> _refused;
    private readonly Histogram<double> _waited;

    public BulkheadMetrics(IMeterFactory meters, BulkheadCompartments bulkheads)
    {
        _meter = meters.Create(MeterName);
        _refused = _meter.CreateCounter<long>("transparency.bulkhead.refused", "{request}", "Heavy requests answered 503 because their compartment was full.");
        _waited = _meter.CreateHistogram<double>("transparency.bulkhead.wait", "s", "How long heavy requests waited for their compartment.");
        _meter.CreateObservableGauge("transparency.bulkhead.waiting", () => bulkheads.All.Select(c => new Measurement<long>(c.Load.Waiting, new KeyValuePair<string, object?>("compartment", c.Name))), "{request}", "Heavy requests waiting now.");
        _meter.CreateObservableGauge("transparency.bulkhead.running", () => bulkheads.All.Select(c => new Measurement<long>(c.Load.Running, new KeyValuePair<string, object?>("compartment", c.Name))), "{request}", "Heavy requests running now.");
    }

    public void Refused(string compartment) => _refused.Add(1, new KeyValuePair<string, object?>("compartment", compartment));

    public void Waited(string compartment, TimeSpan wait) => _waited.Record(wait.TotalSeconds, new KeyValuePair<string, object?>("compartment", compartment));

    public void Dispose() => _meter.Dispose();
}
