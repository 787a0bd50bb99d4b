using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Pso.Domain.Utility;

namespace Pso.Domain.Reporting.Risk;

/// <summary>The sampled finish dates of a project or a milestone and their percentiles.</summary>
public sealed record FinishDistribution
{
    internal FinishDistribution(
        ActivityId? milestone,
        LocalDateTime deterministic,
        ImmutableArray<LocalDateTime> sorted
    )
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
        Preconditions.CheckArgumentInRange(
            percent is > 0m and <= 100m,
            nameof(percent),
            percent,
            "A percentile lies above 0 and at most 100."
        );
        int rank = (int)Math.Ceiling(percent / 100m * Finishes.Length);
        return Finishes[Math.Max(rank, 1) - 1];
    }

    /// <summary>Returns the share of iterations that finish no later than a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The share, from 0 to 1.</returns>
    public decimal ChanceBy(LocalDateTime date)
    {
        int count = Finishes.Length;
        int low = 0;
        int high = count;
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
