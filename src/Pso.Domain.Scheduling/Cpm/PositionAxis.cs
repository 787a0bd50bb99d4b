using System;
using NodaTime;
using Pso.Domain.Calendars;

namespace Pso.Domain.Scheduling.Cpm;

/// <summary>An activity of a fixed number of working ticks on the project's working-time line.</summary>
internal readonly struct PositionAxis(WorkingTimeLine line, long duration) : ITimeAxis<long>
{
    public long At(LocalDateTime date) => line.PositionOf(date);

    public long StartFor(long finish) => finish - duration;

    public long FinishFor(long start) => start + duration;

    public long Later(long a, long b) => Math.Max(a, b);

    public long Earlier(long a, long b) => Math.Min(a, b);
}
