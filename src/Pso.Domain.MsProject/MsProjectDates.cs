using NodaTime;

namespace Pso.Domain.MsProject;

/// <summary>The schedule of one task as Microsoft Project computed and saved it, for comparison with our own.</summary>
/// <param name="Start">The scheduled start.</param>
/// <param name="Finish">The scheduled finish.</param>
/// <param name="EarlyStart">The early start.</param>
/// <param name="EarlyFinish">The early finish.</param>
/// <param name="LateStart">The late start.</param>
/// <param name="LateFinish">The late finish.</param>
/// <param name="TotalSlack">The total slack, in working time.</param>
/// <param name="FreeSlack">The free slack, in working time.</param>
/// <param name="Critical">Whether Microsoft Project marked the task critical.</param>
/// <param name="ManuallyScheduled">Whether the task is manually scheduled, which Microsoft Project never moves.</param>
/// <param name="HasProgress">Whether the task has an actual start (progress changes how it is scheduled).</param>
public sealed record MsProjectDates(
    LocalDateTime? Start,
    LocalDateTime? Finish,
    LocalDateTime? EarlyStart,
    LocalDateTime? EarlyFinish,
    LocalDateTime? LateStart,
    LocalDateTime? LateFinish,
    Duration? TotalSlack,
    Duration? FreeSlack,
    bool Critical,
    bool ManuallyScheduled,
    bool HasProgress
);
