using NodaTime;

namespace Pso.Domain.Scheduling.Baselines;

/// <summary>What a baseline recorded for one activity.</summary>
/// <param name="Activity">The activity.</param>
/// <param name="Start">The planned start.</param>
/// <param name="Finish">The planned finish.</param>
/// <param name="Duration">The planned duration, in working time on the activity's calendar.</param>
/// <param name="Work">The planned work, when known.</param>
/// <param name="Cost">The planned cost, when known: the activity's budget at completion in this baseline.</param>
public sealed record BaselineEntry(
    ActivityId Activity,
    LocalDateTime Start,
    LocalDateTime Finish,
    Duration Duration,
    Work? Work = null,
    Money? Cost = null
);
