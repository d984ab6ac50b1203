namespace Transparency.Web.Demo;

/// <summary>Picks items in proportion to their weights in O(log n), for lists picked from thousands of times.</summary>
public sealed class WeightedPicker<T>
{
    private readonly IReadOnlyList<T> _items;
    private readonly double[] _cumulative;

    public WeightedPicker(IReadOnlyList<T> items, Func<T, double> weight)
    {
        _items = items;
        _cumulative = new double[items.Count];
        var total = 0.0;
        for (var i = 0; i < items.Count; i++)
        {
            total += weight(items[i]);
            _cumulative[i] = total;
        }
    }

    public int Count => _items.Count;

    public T Pick(Random random)
    {
        var roll = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, roll);
        index = index < 0 ? ~index : index;
        return _items[Math.Min(index, _items.Count - 1)];
    }
}
