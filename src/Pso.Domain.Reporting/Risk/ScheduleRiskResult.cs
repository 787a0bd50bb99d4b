using System;
using System.Collections.Immutable;
using System.Linq;

namespace Pso.Domain.Reporting.Risk;

/// <summary>
/// The result of a Monte Carlo schedule risk analysis: the distribution of the project's finish and of each milestone,
/// and each activity's criticality index and sensitivity.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ScheduleRiskResult
{
    internal ScheduleRiskResult(
        ProjectId project,
        int iterations,
        int seed,
        DurationDistribution distribution,
        FinishDistribution finish,
        ImmutableArray<FinishDistribution> milestones,
        ImmutableArray<ActivityRisk> activities
    )
    {
        Project = project;
        Iterations = iterations;
        Seed = seed;
        Distribution = distribution;
        Finish = finish;
        Milestones = milestones;
        Activities = activities;
    }

    /// <summary>Gets the project.</summary>
    public ProjectId Project { get; }

    /// <summary>Gets the number of iterations.</summary>
    public int Iterations { get; }

    /// <summary>Gets the seed used.</summary>
    public int Seed { get; }

    /// <summary>Gets the distribution the estimates were sampled from.</summary>
    public DurationDistribution Distribution { get; }

    /// <summary>Gets the distribution of the project's finish.</summary>
    public FinishDistribution Finish { get; }

    /// <summary>Gets the distribution of each milestone's finish.</summary>
    public ImmutableArray<FinishDistribution> Milestones { get; }

    /// <summary>Gets each activity's criticality index and sensitivity, in the project's order.</summary>
    public ImmutableArray<ActivityRisk> Activities { get; }

    /// <summary>Returns the activities that drive the finish most, by sensitivity (largest first): a tornado chart's
    /// bars.</summary>
    /// <param name="count">How many.</param>
    /// <returns>The activities.</returns>
    public ImmutableArray<ActivityRisk> Tornado(int count = 10) =>
        [
            .. Activities
                .Where(a => a.Sensitivity != 0)
                .OrderByDescending(a => Math.Abs(a.Sensitivity))
                .ThenBy(a => a.Activity)
                .Take(count),
        ];
}
