using System;
using Pso.Domain.Periods;
using Pso.Domain.Utility;

namespace Pso.Domain.Reporting.TimePhased;

/// <summary>
/// The sums of one control element in one reporting period: planned value, earned value and actual cost in the
/// report's currency, and hours worked and available.
/// </summary>
/// <param name="Element">The control element.</param>
/// <param name="Period">The period.</param>
/// <param name="PlannedValue">The planned value of the period.</param>
/// <param name="EarnedValue">The earned value of the period.</param>
/// <param name="ActualCost">The actual cost of the period.</param>
/// <param name="ActualHours">The hours worked in the period.</param>
/// <param name="CapacityHours">The hours available in the period.</param>
public sealed record PeriodPerformance(
    ControlElement Element,
    ReportingPeriod Period,
    Money PlannedValue,
    Money EarnedValue,
    Money ActualCost,
    Work ActualHours,
    Work CapacityHours
)
{
    /// <summary>Gets the utilisation: hours worked over hours available; null when none were available.</summary>
    public decimal? Utilisation => CapacityHours.IsZero ? null : ActualHours / CapacityHours;

    /// <summary>Gets whether every sum is zero.</summary>
    public bool IsEmpty =>
        PlannedValue.Amount == 0m
        && EarnedValue.Amount == 0m
        && ActualCost.Amount == 0m
        && ActualHours.IsZero
        && CapacityHours.IsZero;

    /// <summary>Adds the sums of two cells of the same element and period.</summary>
    /// <param name="other">The other cell.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentException">The cells are of different elements or periods.</exception>
    public PeriodPerformance Add(PeriodPerformance other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Preconditions.CheckArgument(
            other.Element == Element && other.Period == Period,
            nameof(other),
            $"Cannot add the cell of {other.Element} in {other.Period} to that of {Element} in {Period}."
        );
        return this with
        {
            PlannedValue = PlannedValue + other.PlannedValue,
            EarnedValue = EarnedValue + other.EarnedValue,
            ActualCost = ActualCost + other.ActualCost,
            ActualHours = ActualHours + other.ActualHours,
            CapacityHours = CapacityHours + other.CapacityHours,
        };
    }
}
