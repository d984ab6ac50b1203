using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Transparency.Web.Hosting.Proxies;

/// <summary>
/// Behind a TLS-terminating proxy, the real client address, scheme and host come from the proxy's X-Forwarded-*
/// headers: sign-in and antiforgery cookies (Secure), redirects, the API's absolute links, the audit log and every
/// rate-limit partition then see what the client sent. Only the proxies named in <see cref="ProxyOptions"/> are
/// believed; with none named the middleware is not used at all.
/// </summary>
public static class ForwardedHeadersSetup
{
    /// <summary>ASP.NET Core's own switch (ASPNETCORE_FORWARDEDHEADERS_ENABLED) believes every client, so it is refused.</summary>
    private const string FrameworkSwitch = "FORWARDEDHEADERS_ENABLED";

    public static void Add(WebApplicationBuilder builder)
    {
        if (builder.Configuration.GetValue<bool>(FrameworkSwitch))
        {
            throw new InvalidOperationException(
                "ASPNETCORE_FORWARDEDHEADERS_ENABLED makes the portal believe forwarded headers from any client. Remove it and name your proxies in Proxy:KnownProxies or Proxy:KnownNetworks.");
        }

        builder.Services.AddOptions<ProxyOptions>()
            .BindConfiguration(ProxyOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.Problem() is null, "Proxy:KnownProxies and Proxy:KnownNetworks must be IP addresses and CIDR networks separated by commas.")
            .ValidateOnStart();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxy) =>
        {
            var settings = proxy.Value;
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            forwarded.ForwardLimit = settings.ForwardLimit;

            // The defaults trust loopback, which would let any local process (or a second loopback address) pose as a proxy.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            if (settings.Problem() is not null)
            {
                return;
            }

            foreach (var address in settings.Proxies())
            {
                forwarded.KnownProxies.Add(address);
            }

            foreach (var network in settings.Networks())
            {
                forwarded.KnownIPNetworks.Add(network);
            }
        });
    }

    public static void Use(WebApplication app)
    {
        var settings = app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value;
        if (settings.Enabled)
        {
            app.UseForwardedHeaders();
        }
    }
}
