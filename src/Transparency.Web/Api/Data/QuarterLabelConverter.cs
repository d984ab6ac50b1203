using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Transparency.Web.Domain;

namespace Transparency.Web.Api.Data;

/// <summary>
/// Presents the integer quarter code (20252) as its label ("2025-26 Q2"). Labels and codes sort in the same
/// order, so equality, ranges and ordering on the label run on the indexed integer column.
/// </summary>
public sealed class QuarterLabelConverter() : ValueConverter<string, int>(
    label => Quarter.Parse(label).Code,
    code => Quarter.FromCode(code).ToString());
