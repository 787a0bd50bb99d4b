using System;
using Pso.Domain.Reporting.Reports;

namespace Pso.Domain.Reporting.Portfolio;

/// <summary>How many activities are in each completion state; counts add.</summary>
/// <param name="CompletedOnTime">Finished by their baseline finish.</param>
/// <param name="CompletedLate">Finished after it.</param>
/// <param name="OnTrack">Not finished, forecast by it.</param>
/// <param name="Slipping">Not finished, forecast after it.</param>
/// <param name="NotInBaseline">Not in the baseline.</param>
public sealed record CompletionCounts(
    int CompletedOnTime,
    int CompletedLate,
    int OnTrack,
    int Slipping,
    int NotInBaseline
)
{
    /// <summary>Gets no activities.</summary>
    public static CompletionCounts None { get; } = new(0, 0, 0, 0, 0);

    /// <summary>Adds two counts.</summary>
    /// <param name="left">A count.</param>
    /// <param name="right">Another.</param>
    /// <returns>The sum.</returns>
    public static CompletionCounts operator +(CompletionCounts left, CompletionCounts right)
    {
        ArgumentNullException.ThrowIfNull(left);
        return left.Add(right);
    }

    /// <summary>Counts the activities of a completion report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The counts.</returns>
    public static CompletionCounts Of(CompletionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(
            report.Count(CompletionState.CompletedOnTime),
            report.Count(CompletionState.CompletedLate),
            report.Count(CompletionState.OnTrack),
            report.Count(CompletionState.Slipping),
            report.Count(CompletionState.NotInBaseline)
        );
    }

    /// <summary>Adds another count.</summary>
    /// <param name="other">The other count.</param>
    /// <returns>The sum.</returns>
    public CompletionCounts Add(CompletionCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(
            CompletedOnTime + other.CompletedOnTime,
            CompletedLate + other.CompletedLate,
            OnTrack + other.OnTrack,
            Slipping + other.Slipping,
            NotInBaseline + other.NotInBaseline
        );
    }
}
