using System;
using System.Collections.Immutable;
using Pso.Domain.Scheduling.Cpm;

namespace Pso.Domain.Reporting.Risk;

/// <summary>How a <see cref="ScheduleRiskAnalysis"/> runs.</summary>
public sealed record ScheduleRiskOptions
{
    /// <summary>Gets the number of iterations: schedules computed with sampled durations. 10,000 unless set.</summary>
    public int Iterations { get; init; } = 10_000;

    /// <summary>Gets the seed of the random numbers: the same seed, project and estimates give the same result,
    /// whatever the degree of parallelism.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Gets the distribution the three-point estimates are sampled from; PERT unless set.</summary>
    public DurationDistribution Distribution { get; init; } = DurationDistribution.Pert;

    /// <summary>Gets how many threads may run iterations at once; the processor count unless set.</summary>
    public int DegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Gets the options of the critical path method each iteration runs.</summary>
    public CpmOptions Cpm { get; init; } = CpmOptions.Default;

    /// <summary>Gets the activities whose finish dates are reported like the project's; the project's milestones when
    /// empty.</summary>
    public ImmutableArray<ActivityId> Milestones { get; init; } = [];
}
