using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace Pso.Domain.Reporting;

/// <summary>The sampled finish dates of a project or a milestone and their percentiles.</summary>
public sealed record FinishDistribution
{
    internal FinishDistribution(ActivityId? milestone, LocalDateTime deterministic, ImmutableArray<LocalDateTime> sorted)
    {
        Milestone = milestone;
        Deterministic = deterministic;
        Finishes = sorted;
    }

    /// <summary>Gets the milestone, or null for the project's finish.</summary>
    public ActivityId? Milestone { get; }

    /// <summary>Gets the finish with the most likely durations (the plain critical path method).</summary>
    public LocalDateTime Deterministic { get; }

    /// <summary>Gets the finish of every iteration, earliest first.</summary>
    public ImmutableArray<LocalDateTime> Finishes { get; }

    /// <summary>Gets the median finish: half the iterations finish by it.</summary>
    public LocalDateTime P50 => Percentile(50);

    /// <summary>Gets the finish that 80% of the iterations meet.</summary>
    public LocalDateTime P80 => Percentile(80);

    /// <summary>Gets the finish that 90% of the iterations meet.</summary>
    public LocalDateTime P90 => Percentile(90);

    /// <summary>Gets the share of iterations that finish no later than the deterministic finish.</summary>
    public decimal ChanceOfDeterministic => ChanceBy(Deterministic);

    /// <summary>Returns the finish that a percentage of the iterations meet (nearest rank).</summary>
    /// <param name="percent">The percentage, above 0 and at most 100.</param>
    /// <returns>The finish.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The percentage is out of range.</exception>
    public LocalDateTime Percentile(decimal percent)
    {
        if (percent is <= 0m or > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "A percentile lies above 0 and at most 100.");
        }
        int rank = (int)Math.Ceiling(percent / 100m * Finishes.Length);
        return Finishes[Math.Max(rank, 1) - 1];
    }

    /// <summary>Returns the share of iterations that finish no later than a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The share, from 0 to 1.</returns>
    public decimal ChanceBy(LocalDateTime date)
    {
        int count = Finishes.Length;
        int low = 0, high = count;
        while (low < high)
        {
            int mid = (low + high) >>> 1;
            if (Finishes[mid] <= date)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }
        return count == 0 ? 0m : (decimal)low / count;
    }

    /// <summary>Counts the finishes by calendar day: the distribution to draw.</summary>
    /// <returns>Each day on which iterations finish, with how many, earliest first.</returns>
    public ImmutableArray<KeyValuePair<LocalDate, int>> ByDay() =>
        [.. Finishes.GroupBy(f => f.Date).Select(g => new KeyValuePair<LocalDate, int>(g.Key, g.Count()))];
}

/// <summary>How one activity drives the finish across the iterations.</summary>
/// <param name="Activity">The activity.</param>
/// <param name="CriticalityIndex">The share of iterations in which the activity is on the critical path.</param>
/// <param name="Sensitivity">The correlation (Pearson) between the activity's sampled duration and the project's
/// finish: near 1 when it drives the finish, 0 when its duration is certain or does not matter. The bars of a
/// tornado chart.</param>
/// <param name="MeanDuration">The mean of the sampled durations.</param>
public sealed record ActivityRisk(ActivityId Activity, decimal CriticalityIndex, double Sensitivity, Duration MeanDuration);

/// <summary>
/// The result of a Monte Carlo schedule risk analysis: the distribution of the project's finish and of each milestone,
/// and each activity's criticality index and sensitivity.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ScheduleRiskResult
{
    internal ScheduleRiskResult(ProjectId project, int iterations, int seed, DurationDistribution distribution, FinishDistribution finish,
        ImmutableArray<FinishDistribution> milestones, ImmutableArray<ActivityRisk> activities)
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
        [.. Activities.Where(a => a.Sensitivity != 0).OrderByDescending(a => Math.Abs(a.Sensitivity)).ThenBy(a => a.Activity).Take(count)];
}
