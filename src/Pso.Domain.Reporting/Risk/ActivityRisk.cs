using NodaTime;

namespace Pso.Domain.Reporting.Risk;

/// <summary>How one activity drives the finish across the iterations.</summary>
/// <param name="Activity">The activity.</param>
/// <param name="CriticalityIndex">The share of iterations in which the activity is on the critical path.</param>
/// <param name="Sensitivity">The correlation (Pearson) between the activity's sampled duration and the project's
/// finish: near 1 when it drives the finish, 0 when its duration is certain or does not matter. The bars of a
/// tornado chart.</param>
/// <param name="MeanDuration">The mean of the sampled durations.</param>
public sealed record ActivityRisk(
    ActivityId Activity,
    decimal CriticalityIndex,
    double Sensitivity,
    Duration MeanDuration
);
