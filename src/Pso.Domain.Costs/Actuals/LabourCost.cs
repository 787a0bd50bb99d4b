using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Pso.Domain.Costs.Rates;

namespace Pso.Domain.Costs.Actuals;

/// <summary>Actual labour cost: each time entry's hours times the rate in force for its person on its date.</summary>
public static class LabourCost
{
    /// <summary>Costs one entry.</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="rates">The rate cards.</param>
    /// <returns>The entry with its rate and cost.</returns>
    /// <exception cref="RateNotFoundException">No rate is in force for the person (or the entry's role) on its date, or
    /// the entry is overtime and the rate has no overtime cost.</exception>
    public static CostedTimeEntry Of(TimeEntry entry, RateBook rates)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(rates);
        Rate rate;
        Money hourly = entry.Overtime
            ? rates.OvertimeCostInForce(entry.Resource, entry.Role, entry.Date, out rate)
            : (rate = rates.RateInForce(entry.Resource, entry.Role, entry.Date)).StandardCost;
        // Hours times the rate, from whole ticks so that the product is exact before it is rounded.
        decimal seconds = entry.Hours.ToDuration().BclCompatibleTicks / (decimal)NodaConstants.TicksPerSecond;
        return new CostedTimeEntry(entry, rate, (hourly * seconds / 3600m).Round(MidpointRounding.AwayFromZero));
    }

    /// <summary>Costs entries, in order.</summary>
    /// <param name="entries">The entries.</param>
    /// <param name="rates">The rate cards.</param>
    /// <returns>Each entry with its rate and cost.</returns>
    /// <exception cref="RateNotFoundException">An entry has no rate in force.</exception>
    public static ImmutableArray<CostedTimeEntry> Of(IEnumerable<TimeEntry> entries, RateBook rates)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return [.. entries.Select(e => Of(e, rates))];
    }
}
