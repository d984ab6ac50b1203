namespace Transparency.Web.Administration.Registry;

public enum RegistryKind
{
    Organisations,
    Contracts,
    Kpis,
}
