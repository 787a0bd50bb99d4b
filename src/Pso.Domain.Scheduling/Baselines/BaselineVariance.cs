using NodaTime;

namespace Pso.Domain.Scheduling.Baselines;

/// <summary>
/// How far an activity's current schedule has moved from a baseline, in working time on the activity's calendar:
/// positive when the activity is later (or longer) than planned.
/// </summary>
/// <param name="Activity">The activity.</param>
/// <param name="StartVariance">Current start minus baseline start.</param>
/// <param name="FinishVariance">Current finish minus baseline finish.</param>
/// <param name="DurationVariance">Current duration minus baseline duration.</param>
public sealed record BaselineVariance(
    ActivityId Activity,
    Duration StartVariance,
    Duration FinishVariance,
    Duration DurationVariance
)
{
    /// <summary>Gets whether the activity now finishes later than planned.</summary>
    public bool IsSlipping => FinishVariance > Duration.Zero;
}
