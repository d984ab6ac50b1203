namespace Transparency.Web.Domain;

/// <summary>What a KPI measures: resources put in, activity delivered, or the change achieved for people.</summary>
public enum KpiKind
{
    Input,
    Output,
    Outcome,
}
