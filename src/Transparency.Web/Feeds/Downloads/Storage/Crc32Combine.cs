namespace Transparency.Web.Feeds.Downloads.Storage;

/// <summary>
/// The CRC-32 of a concatenation from the CRCs and lengths of its pieces, as zlib's <c>crc32_combine</c> computes it:
/// appending n bytes multiplies the first CRC by x^(8n) modulo the gzip polynomial, then adds the second CRC. A gzip
/// member assembled from parts compressed once needs the CRC of the whole without reading the parts again.
/// System.IO.Hashing computes CRCs of bytes but has no combine.
/// </summary>
public static class Crc32Combine
{
    /// <summary>The gzip (IEEE 802.3) polynomial, bit-reflected as CRC-32 is computed.</summary>
    private const uint Polynomial = 0xEDB88320;

    /// <summary>x^(2^k) modulo the polynomial for k = 0..31, in reflected form.</summary>
    private static readonly uint[] PowersOfX = CreatePowers();

    /// <summary>The CRC-32 of A followed by B, given CRC(A), CRC(B) and the length of B.</summary>
    public static uint Combine(uint first, uint second, long secondLength) =>
        MultiplyModulo(PowerOfXModulo(secondLength, 3), first) ^ second;

    /// <summary>a·b modulo the polynomial, both reflected; a is never zero here.</summary>
    private static uint MultiplyModulo(uint a, uint b)
    {
        var mask = 1u << 31;
        var product = 0u;
        while (true)
        {
            if ((a & mask) != 0)
            {
                product ^= b;
                if ((a & (mask - 1)) == 0)
                {
                    return product;
                }
            }

            mask >>= 1;
            b = (b & 1) != 0 ? (b >> 1) ^ Polynomial : b >> 1;
        }
    }

    /// <summary>x^(n·2^k) modulo the polynomial: k = 3 turns a byte count into a bit count.</summary>
    private static uint PowerOfXModulo(long n, int k)
    {
        var power = 1u << 31;
        while (n != 0)
        {
            if ((n & 1) != 0)
            {
                power = MultiplyModulo(PowersOfX[k & 31], power);
            }

            n >>= 1;
            k++;
        }

        return power;
    }

    private static uint[] CreatePowers()
    {
        var powers = new uint[32];
        var power = 1u << 30;
        powers[0] = power;
        for (var k = 1; k < powers.Length; k++)
        {
            powers[k] = power = MultiplyModulo(power, power);
        }

        return powers;
    }
}
