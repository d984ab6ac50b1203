namespace Transparency.Web.Demo;

/// <summary>
/// Makes invented names from syllables so that no demonstration figure is ever attributed to a real
/// organisation. Names are unique within one generator run.
/// </summary>
public sealed class FictionalNames(Random random)
{
    private static readonly string[] Openings =
    [
        "Tal", "Bram", "Cor", "Dun", "Ell", "Fen", "Gar", "Hal", "Ist", "Jor", "Kel", "Lark", "Mor", "Nor", "Orm",
        "Pell", "Quen", "Ros", "Sel", "Tor", "Ul", "Ven", "Wyn", "Yar", "Ash", "Bex", "Cal", "Dra", "Em", "Fal",
    ];

    private static readonly string[] Middles =
    [
        "wen", "bur", "ris", "mar", "lin", "del", "ber", "ton", "vel", "thor", "can", "mer", "ow", "sten", "ar",
        "ing", "ul", "ess", "ad", "or", "ith", "en", "al", "um", "ev", "ick", "ast", "ol", "ern", "ey",
    ];

    private static readonly string[] Endings =
    [
        "ford", "mere", "wick", "holm", "dale", "ley", "brook", "stead", "field", "worth", "gate", "moor", "combe",
        "haven", "shaw", "ridge", "well", "by", "thorpe", "cott",
    ];

    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>An invented place-like word such as "Talwenford".</summary>
    public string Stem()
    {
        for (var attempt = 0; ; attempt++)
        {
            var word = Openings[random.Next(Openings.Length)] + Middles[random.Next(Middles.Length)] + Endings[random.Next(Endings.Length)];
            if (attempt > 50 || !_used.Contains(word))
            {
                return word;
            }
        }
    }

    /// <summary>Builds a name from a pattern such as "{0} Care Ltd", retrying until it is unused.</summary>
    public string Unique(string pattern)
    {
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            var name = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, Stem());
            if (_used.Add(name))
            {
                return name;
            }
        }

        throw new InvalidOperationException($"Ran out of fictional names for the pattern '{pattern}'.");
    }
}
