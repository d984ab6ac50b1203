using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Transparency.Web.Domain;

namespace Transparency.Web.Api.Data;

/// <summary>
/// Presents a pence column as exact pounds. The database only ever sees the integer pence: a filter
/// constant is converted to pence before it reaches SQL, and sums, minimums and maximums are computed on
/// the integers and converted on the way out, so money is exact and indexed on both engines.
/// </summary>
public sealed class MoneyConverter() : ValueConverter<decimal, long>(
    pounds => Money.ToPence(pounds),
    pence => Money.ToPounds(pence));
