using System.Xml;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;
using Transparency.Tests.Infrastructure;

namespace Transparency.Tests.Api;

/// <summary>The service read by a real OData client library (Microsoft.OData.Core's reader), not by hand-parsed JSON.</summary>
public abstract class ODataClientTests(ApiPortal portal)
{
    [Fact]
    public async Task Reader_ReadsAFeedWithExpansionAndNextLink_AgainstTheServiceModel()
    {
        var model = await ReadModelAsync();
        var contracts = model.EntityContainer.FindEntitySet("Contracts");

        using var response = await portal.Client.GetAsync(new Uri("/odata/Contracts?$select=Id,Title,TotalValue,StartDate&$expand=Provider($select=Name)&$orderby=Id", UriKind.Relative));
        var message = new ResponseMessage(response, await response.Content.ReadAsStreamAsync());
        using var reader = new ODataMessageReader((IODataResponseMessageAsync)message, new ODataMessageReaderSettings(), model);
        var feed = await reader.CreateODataResourceSetReaderAsync(contracts, contracts.EntityType);

        var resources = new List<ODataResource>();
        ODataResourceSet? set = null;
        while (await feed.ReadAsync())
        {
            switch (feed.State)
            {
                case ODataReaderState.ResourceEnd when feed.Item is ODataResource resource:
                    resources.Add(resource);
                    break;
                case ODataReaderState.ResourceSetEnd when feed.Item is ODataResourceSet resourceSet && resourceSet.NextPageLink is not null:
                    set = resourceSet;
                    break;
            }
        }

        var first = resources.Where(r => r.TypeName == "Transparency.Contract").ToList();
        Assert.Equal(100, first.Count);
        Assert.IsType<decimal>(first[0].Properties.OfType<ODataProperty>().Single(p => p.Name == "TotalValue").Value);
        Assert.Equal("Date", first[0].Properties.OfType<ODataProperty>().Single(p => p.Name == "StartDate").Value.GetType().Name);
        Assert.Contains(resources, r => r.TypeName == "Transparency.Organisation");
        Assert.NotNull(set?.NextPageLink);
    }

    private async Task<IEdmModel> ReadModelAsync()
    {
        await using var stream = await portal.Client.GetStreamAsync(new Uri("/odata/$metadata", UriKind.Relative));
        using var xml = XmlReader.Create(stream);
        return CsdlReader.Parse(xml);
    }

    private sealed class ResponseMessage(HttpResponseMessage response, Stream body) : IODataResponseMessageAsync
    {
        public IEnumerable<KeyValuePair<string, string>> Headers =>
            response.Headers.Concat(response.Content.Headers).Select(h => new KeyValuePair<string, string>(h.Key, string.Join(",", h.Value)));

        public int StatusCode
        {
            get => (int)response.StatusCode;
            set => throw new NotSupportedException();
        }

        public string? GetHeader(string headerName) => Headers.FirstOrDefault(h => h.Key.Equals(headerName, StringComparison.OrdinalIgnoreCase)).Value;

        public void SetHeader(string headerName, string headerValue) => throw new NotSupportedException();

        public Stream GetStream() => body;

        public Task<Stream> GetStreamAsync() => Task.FromResult(body);
    }
}

public sealed class SqliteODataClientTests(SqliteApiPortal portal) : ODataClientTests(portal), IClassFixture<SqliteApiPortal>;

[Trait(Engines.Trait, Engines.Postgres)]
public sealed class PostgresODataClientTests(PostgresApiPortal portal) : ODataClientTests(portal), IClassFixture<PostgresApiPortal>;
