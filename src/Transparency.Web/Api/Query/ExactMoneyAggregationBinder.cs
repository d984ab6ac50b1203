using Microsoft.AspNetCore.OData.Query.Expressions;
using Microsoft.OData.UriParser.Aggregation;

namespace Transparency.Web.Api.Query;

/// <summary>
/// The library's aggregation binder, without its "flattening" step. Flattening copies each aggregated
/// property into an object-typed container before grouping; EF Core then loses the property's value
/// converter and a grouped sum of money comes back in pence instead of pounds, silently. Aggregating the
/// properties directly keeps the converter, and both engines still translate the whole query to SQL
/// (the tests run every $apply shape on SQLite and PostgreSQL).
/// </summary>
public sealed class ExactMoneyAggregationBinder : AggregationBinder
{
    public override AggregationFlatteningResult FlattenReferencedProperties(TransformationNode transformationNode, IQueryable query, QueryBinderContext context) =>
        null!;
}
