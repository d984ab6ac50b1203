using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.OData.Routing.Controllers;
using Microsoft.AspNetCore.RateLimiting;
using Transparency.Web.Api.Query;

namespace Transparency.Web.Api;

/// <summary>The base of every public OData controller: open to any origin for reading, and rate limited per client.</summary>
[EnableCors(ApiSetup.CorsPolicy)]
[EnableRateLimiting(ApiSetup.RateLimitPolicy)]
[ApiQueryErrors]
public abstract class PublicController : ODataController;
