using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Transparency.Web.Hosting.Proxies;

/// <summary>
/// Bound from the "Proxy" configuration section: the reverse proxies whose X-Forwarded-For, -Proto and -Host headers
/// the portal believes. Empty (the default) believes nobody, so a client cannot claim another address or scheme.
/// </summary>
public sealed class ProxyOptions
{
    public const string Section = "Proxy";

    /// <summary>Addresses of the proxies, separated by commas: "10.0.0.5, 10.0.0.6" or "127.0.0.1" for a proxy on the same machine.</summary>
    public string KnownProxies { get; set; } = string.Empty;

    /// <summary>Networks the proxies are in, in CIDR notation, separated by commas: "10.0.0.0/24, fd00::/64".</summary>
    public string KnownNetworks { get; set; } = string.Empty;

    /// <summary>How many proxies in a chain to read back through; each must be known.</summary>
    [Range(1, 10)]
    public int ForwardLimit { get; set; } = 1;

    public bool Enabled => Problem() is null && (Proxies().Any() || Networks().Any());

    public IEnumerable<IPAddress> Proxies() => Split(KnownProxies).Select(IPAddress.Parse);

    public IEnumerable<System.Net.IPNetwork> Networks() => Split(KnownNetworks).Select(System.Net.IPNetwork.Parse);

    /// <summary>The first entry that is not an address or a network, in words; null when every entry reads.</summary>
    public string? Problem()
    {
        var address = Split(KnownProxies).FirstOrDefault(p => !IPAddress.TryParse(p, out _));
        if (address is not null)
        {
            return $"Proxy:KnownProxies has '{address}', which is not an IP address. Give addresses separated by commas, like 10.0.0.5, 10.0.0.6.";
        }

        var network = Split(KnownNetworks).FirstOrDefault(n => !System.Net.IPNetwork.TryParse(n, out _));
        return network is null
            ? null
            : $"Proxy:KnownNetworks has '{network}', which is not a network in CIDR notation. Give networks like 10.0.0.0/24, separated by commas.";
    }

    private static string[] Split(string list) =>
        list.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
