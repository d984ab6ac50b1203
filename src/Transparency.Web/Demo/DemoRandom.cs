namespace Transparency.Web.Demo;

/// <summary>
/// Seeded randomness that does not depend on the order things are generated in: each provider and
/// quarter gets its own stream derived from the run's seed, so the data is the same on every machine.
/// </summary>
public static class DemoRandom
{
    public static Random For(int seed, params long[] parts)
    {
        var state = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL);
        foreach (var part in parts)
        {
            state = Mix(state ^ unchecked((ulong)part));
        }

        return new Random((int)(state & 0x7FFFFFFF));
    }

    public static double NextGaussian(this Random random, double mean = 0, double deviation = 1)
    {
        // Box–Muller: good enough for plausible noise, and deterministic.
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return mean + deviation * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Sin(2.0 * Math.PI * u2);
    }

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static ulong Mix(ulong value)
    {
        value = unchecked((value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL);
        value = unchecked((value ^ (value >> 27)) * 0x94D049BB133111EBUL);
        return value ^ (value >> 31);
    }
}
