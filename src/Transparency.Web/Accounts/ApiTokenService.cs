using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Transparency.Web.Data;
using Transparency.Web.Domain;

namespace Transparency.Web.Accounts;

/// <summary>
/// Issues, finds and revokes provider API tokens. A token is <c>tpt_</c> plus 32 random bytes (base64url);
/// only its SHA-256 is stored, so a leaked database cannot be used to call the API.
/// </summary>
public sealed class ApiTokenService(TransparencyDbContext db, TimeProvider time)
{
    public const string SecretPrefix = "tpt_";

    /// <summary>Shown beside a token so people can tell theirs apart; not enough to guess the rest.</summary>
    public const int VisiblePrefixLength = 12;

    /// <summary>Last use is written at most once a minute per token, so busy clients do not cause a write per request.</summary>
    private static readonly TimeSpan LastUseResolution = TimeSpan.FromMinutes(1);

    public async Task<IssuedApiToken> IssueAsync(int organisationId, string name, string createdBy, CancellationToken cancellationToken = default) =>
        await IssueAsync(organisationId, name, createdBy, NewSecret(), cancellationToken);

    /// <summary>Stores a token with a given secret; only the fixed, documented demonstration token uses this.</summary>
    internal async Task<IssuedApiToken> IssueAsync(int organisationId, string name, string createdBy, string secret, CancellationToken cancellationToken)
    {
        var token = new ApiToken
        {
            OrganisationId = organisationId,
            Name = name.Trim(),
            Prefix = secret[..VisiblePrefixLength],
            TokenHash = Hash(secret),
            CreatedBy = createdBy,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedApiToken(token, secret);
    }

    /// <summary>The active token with this secret, recording that it was used; null when unknown or revoked.</summary>
    public async Task<ApiToken?> UseAsync(string secret, CancellationToken cancellationToken = default)
    {
        if (!LooksLikeSecret(secret))
        {
            return null;
        }

        var hash = Hash(secret);
        var token = await db.ApiTokens.Include(t => t.Organisation).SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        if (token is null || token.RevokedAt is not null)
        {
            return null;
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (token.LastUsedAt is null || now - token.LastUsedAt.Value >= LastUseResolution)
        {
            token.LastUsedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }

        return token;
    }

    /// <summary>Revokes a token; true when it was active. Revoked tokens stay listed for audit.</summary>
    public async Task<bool> RevokeAsync(int tokenId, CancellationToken cancellationToken = default)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == tokenId, cancellationToken);
        if (token is null || token.RevokedAt is not null)
        {
            return false;
        }

        token.RevokedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static string NewSecret() => SecretPrefix + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    private static bool LooksLikeSecret(string secret) =>
        secret.Length is > VisiblePrefixLength and <= 200 && secret.StartsWith(SecretPrefix, StringComparison.Ordinal);
}
