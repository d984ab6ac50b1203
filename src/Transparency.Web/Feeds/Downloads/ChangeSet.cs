namespace Transparency.Web.Feeds.Downloads;

/// <summary>
/// The parts a batch of log entries makes stale: for each output, the buckets to write again and, for outputs by
/// financial year, which years of them (or every year). <see cref="Everything"/> asks for every part.
/// </summary>
public sealed class ChangeSet
{
    private readonly Dictionary<string, SortedDictionary<int, SortedSet<int>?>> _buckets = new(StringComparer.Ordinal);

    public bool Everything { get; private set; }

    public bool IsEmpty => !Everything && _buckets.Count == 0;

    public static ChangeSet All()
    {
        var all = new ChangeSet();
        all.RebuildEverything();
        return all;
    }

    public void RebuildEverything() => Everything = true;

    /// <summary>Marks one bucket of an output stale, for one financial year or (null) all of them.</summary>
    public void Add(string output, int bucket, int? year)
    {
        if (!_buckets.TryGetValue(output, out var buckets))
        {
            _buckets[output] = buckets = [];
        }

        if (!buckets.TryGetValue(bucket, out var years))
        {
            buckets[bucket] = year is { } y ? [y] : null;
        }
        else if (years is not null)
        {
            if (year is { } y)
            {
                years.Add(y);
            }
            else
            {
                buckets[bucket] = null;
            }
        }
    }

    /// <summary>The stale buckets of an output in order, each with its stale years (null: every year).</summary>
    public IReadOnlyList<(int Bucket, IReadOnlySet<int>? Years)> For(string output) =>
        _buckets.TryGetValue(output, out var buckets) ? [.. buckets.Select(b => (b.Key, (IReadOnlySet<int>?)b.Value))] : [];

    /// <summary>True when the part of <paramref name="output"/> in <paramref name="bucket"/> and <paramref name="year"/> must be written again.</summary>
    public bool IsStale(string output, int bucket, int? year) =>
        Everything || (_buckets.TryGetValue(output, out var buckets) && buckets.TryGetValue(bucket, out var years)
            && (years is null || (year is { } y && years.Contains(y))));

    public override string ToString() => Everything
        ? "everything"
        : string.Join(", ", _buckets.Select(b => $"{b.Key} ×{b.Value.Count}"));
}
