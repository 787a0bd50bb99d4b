using System;
using NodaTime;
using Pso.Domain.Scheduling;
using Pso.Domain.Utility;

namespace Pso.Domain.Reporting.Risk;

/// <summary>
/// A three-point estimate of an activity's duration: optimistic, most likely and pessimistic, in working time as
/// the activity's duration is.
///</summary>
/// <remarks>An immutable value; equal points make a certain duration.</remarks>
public sealed record ThreePointEstimate
{
    /// <summary>Initialises an estimate.</summary>
    /// <param name="optimistic">The optimistic (shortest) duration.</param>
    /// <param name="mostLikely">The most likely duration.</param>
    /// <param name="pessimistic">The pessimistic (longest) duration.</param>
    /// <exception cref="ArgumentOutOfRangeException">A duration is negative, the three are not in order, or the
    /// pessimistic one is longer than an activity may be (<see cref="Project.MaxDuration"/>).</exception>
    public ThreePointEstimate(Duration optimistic, Duration mostLikely, Duration pessimistic)
    {
        Preconditions.CheckArgumentInRange(
            pessimistic <= Project.MaxDuration,
            nameof(pessimistic),
            pessimistic,
            $"An estimate runs to at most {Project.MaxDuration.Days:N0} days, the longest an activity may be "
                + $"(Project.MaxDuration)."
        );
        Preconditions.CheckArgumentInRange(
            optimistic >= Duration.Zero,
            nameof(optimistic),
            optimistic,
            "A duration cannot be negative."
        );
        Preconditions.CheckArgumentInRange(
            optimistic <= mostLikely && mostLikely <= pessimistic,
            nameof(mostLikely),
            mostLikely,
            $"The estimate must run optimistic <= most likely <= pessimistic; it was {optimistic}, {mostLikely}, "
                + $"{pessimistic}."
        );
        Optimistic = optimistic;
        MostLikely = mostLikely;
        Pessimistic = pessimistic;
    }

    /// <summary>Gets the optimistic duration.</summary>
    public Duration Optimistic { get; }

    /// <summary>Gets the most likely duration.</summary>
    public Duration MostLikely { get; }

    /// <summary>Gets the pessimistic duration.</summary>
    public Duration Pessimistic { get; }

    /// <summary>Returns an estimate whose three points are one duration: a certain duration.</summary>
    /// <param name="duration">The duration.</param>
    /// <returns>The estimate.</returns>
    public static ThreePointEstimate Certain(Duration duration) => new(duration, duration, duration);

    /// <summary>Returns the mean duration under a distribution: (O + M + P) / 3 for the triangular, (O + 4M + P) / 6
    /// for PERT.</summary>
    /// <param name="distribution">The distribution.</param>
    /// <returns>The mean, to the nanosecond.</returns>
    public Duration Mean(DurationDistribution distribution) =>
        distribution == DurationDistribution.Triangular
            ? (Optimistic + MostLikely + Pessimistic) / 3
            : (Optimistic + (MostLikely * 4) + Pessimistic) / 6;

    /// <summary>Draws a duration, to the minute, by inverting the distribution at a uniform number.</summary>
    /// <param name="distribution">The distribution.</param>
    /// <param name="random">The random source.</param>
    /// <returns>The duration.</returns>
    internal Duration Sample(DurationDistribution distribution, Random random)
    {
        double low = Optimistic.TotalMinutes;
        double mode = MostLikely.TotalMinutes;
        double high = Pessimistic.TotalMinutes;
        if (high <= low)
        {
            return MostLikely;
        }
        double minutes =
            distribution == DurationDistribution.Triangular
                ? MathNet.Numerics.Distributions.Triangular.InvCDF(low, high, mode, random.NextDouble())
                : low
                    + (
                        (high - low)
                        * MathNet.Numerics.Distributions.Beta.Sample(
                            random,
                            1 + (4 * (mode - low) / (high - low)),
                            1 + (4 * (high - mode) / (high - low))
                        )
                    );
        return Duration.FromMinutes(Math.Round(minutes));
    }
}
