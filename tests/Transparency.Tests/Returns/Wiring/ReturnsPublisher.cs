using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Transparency.Tests.Portal;
using Transparency.Web.Accounts;
using Transparency.Web.Returns.Parsing;

namespace Transparency.Tests.Returns.Wiring;

/// <summary>A provider user and an API token for the scenario provider, and clients that act as them.</summary>
public sealed class ReturnsPublisher
{
    public const string Password = "correct horse battery staple";

    public string Email { get; } = $"returns-{Guid.NewGuid():N}@example.com";

    public string Token { get; private set; } = string.Empty;

    public static async Task<ReturnsPublisher> CreateAsync(IServiceProvider services, int organisationId)
    {
        var publisher = new ReturnsPublisher();
        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<PortalAccounts>();
        Assert.True((await accounts.CreateProviderUserAsync(publisher.Email, "Returns user", organisationId, Password)).Result.Succeeded);
        publisher.Token = (await scope.ServiceProvider.GetRequiredService<ApiTokenService>().IssueAsync(organisationId, "Returns system", "test")).Secret;
        return publisher;
    }

    public async Task<HttpClient> BrowserAsync(WebApplicationFactory<Program> factory)
    {
        var client = PortalBrowser.Create(factory);
        using var signedIn = await PortalBrowser.SignInAsync(client, Email, Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    public HttpClient Api(WebApplicationFactory<Program> factory, string? token = null)
    {
        var client = PortalBrowser.Create(factory);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Token);
        return client;
    }

    public static MultipartFormDataContent Multipart(IEnumerable<UploadedFile> files, string field = "files", params (string Name, string Value)[] fields)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var file in files)
        {
            var part = new ByteArrayContent(file.Content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(part, field, file.FileName);
        }

        return content;
    }
}
