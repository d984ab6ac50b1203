namespace Transparency.Benchmarks;

public sealed class PenceRow
{
    public int Id { get; set; }

    public long AmountPence { get; set; }
}
