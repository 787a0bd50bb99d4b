using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Pso.Domain.Utility;

namespace Pso.Domain.Costs.Actuals;

/// <summary>Spreads an amount over periods, exact to the minor unit: the parts always add up to the amount.</summary>
public static class Accrual
{
    /// <summary>Spreads an amount for work spanning some dates over periods.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="span">The dates of the work.</param>
    /// <param name="periods">The periods, in order, not overlapping.</param>
    /// <param name="method">How the amount is recognised.</param>
    /// <returns>The part in each period, in the periods' order; they add up to the amount exactly.</returns>
    /// <exception cref="ArgumentException">The periods do not cover the day the method needs (the start, the end, or
    /// any day of the span).</exception>
    public static ImmutableArray<Money> Spread(
        Money amount,
        DateInterval span,
        IReadOnlyList<DateInterval> periods,
        AccrualMethod method
    )
    {
        ArgumentNullException.ThrowIfNull(span);
        ArgumentNullException.ThrowIfNull(periods);
        decimal[] weights = method switch
        {
            AccrualMethod.AtStart => [.. periods.Select(p => p.Contains(span.Start) ? 1m : 0m)],
            AccrualMethod.AtEnd => [.. periods.Select(p => p.Contains(span.End) ? 1m : 0m)],
            _ => [.. periods.Select(p => (decimal)Overlap(p, span))],
        };
        Preconditions.CheckArgument(
            weights.Sum() != 0,
            nameof(periods),
            $"No period covers "
                + $"{(method == AccrualMethod.AtEnd ? span.End : span.Start):uuuu-MM-dd}"
                + $"{(method == AccrualMethod.Prorated ? " or any day of the work" : "")}."
        );
        return amount.Allocate(weights);
    }

    private static int Overlap(DateInterval period, DateInterval span)
    {
        LocalDate from = LocalDate.Max(period.Start, span.Start);
        LocalDate to = LocalDate.Min(period.End, span.End);
        return to < from ? 0 : Period.DaysBetween(from, to) + 1;
    }
}
