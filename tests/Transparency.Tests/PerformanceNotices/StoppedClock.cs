namespace Transparency.Tests.PerformanceNotices;

/// <summary>A clock that always says the same moment, so nothing in these tests depends on when they run.</summary>
public sealed class StoppedClock(DateTime now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(DateTime.SpecifyKind(now, DateTimeKind.Utc));
}
