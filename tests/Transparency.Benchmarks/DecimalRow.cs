namespace Transparency.Benchmarks;

public sealed class DecimalRow
{
    public int Id { get; set; }

    public decimal Amount { get; set; }
}
