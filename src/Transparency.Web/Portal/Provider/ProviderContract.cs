namespace Transparency.Web.Portal.Provider;

public sealed record ProviderContract(string Reference, string Title, string Commissioner, int Kpis);
