using Transparency.Web.Domain;

namespace Transparency.Web.Returns.Validation;

public sealed record KpiInfo(int Id, string Code, string Name, double Target, KpiDirection Direction, KpiUnit Unit);
