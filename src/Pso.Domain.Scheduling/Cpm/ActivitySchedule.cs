using NodaTime;

namespace Pso.Domain.Scheduling.Cpm;

/// <summary>
/// The critical-path dates and floats of one activity. Floats are working time on the activity's calendar and are
/// negative where constraints, deadlines or a required project finish cannot all be met.
/// </summary>
/// <param name="Activity">The activity's id.</param>
/// <param name="Start">The scheduled start: the early start, or the late start for an as-late-as-possible
/// activity.</param>
/// <param name="Finish">The scheduled finish, likewise.</param>
/// <param name="EarlyStart">The earliest start the dependencies, constraints and project start allow.</param>
/// <param name="EarlyFinish">The earliest finish.</param>
/// <param name="LateStart">The latest start that does not delay the project finish or break a late constraint.</param>
/// <param name="LateFinish">The latest finish.</param>
/// <param name="TotalFloat">How far the activity can slip without delaying the project: the smaller of start and
/// finish float.</param>
/// <param name="FreeFloat">How far the activity can slip without delaying any successor; never negative.</param>
/// <param name="IsCritical">Whether the activity is on the critical path, as <see cref="CpmOptions.CriticalPath"/>
/// defines it: by default, whether its total float is at or below the critical threshold.</param>
public sealed record ActivitySchedule(
    ActivityId Activity,
    LocalDateTime Start,
    LocalDateTime Finish,
    LocalDateTime EarlyStart,
    LocalDateTime EarlyFinish,
    LocalDateTime LateStart,
    LocalDateTime LateFinish,
    Duration TotalFloat,
    Duration FreeFloat,
    bool IsCritical
);
