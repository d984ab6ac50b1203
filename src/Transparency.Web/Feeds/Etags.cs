using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Transparency.Web.Feeds;

/// <summary>Strong entity tags from the bytes of a response, so unchanged documents answer 304 Not Modified.</summary>
public static class Etags
{
    public static EntityTagHeaderValue For(ReadOnlySpan<byte> body) =>
        new($"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..32]}\"");
}
