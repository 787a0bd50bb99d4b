using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace Pso.Domain.Costs;

/// <summary>Hours a person booked against a project on a day.</summary>
/// <param name="Resource">Who worked.</param>
/// <param name="Project">On what project.</param>
/// <param name="Date">On what day.</param>
/// <param name="Hours">How long.</param>
public sealed record TimeEntry(ResourceId Resource, ProjectId Project, LocalDate Date, Work Hours)
{
    /// <summary>Gets the entry's id in its source, if any.</summary>
    public string? Id { get; init; }

    /// <summary>Gets the activity worked on, if known.</summary>
    public ActivityId? Activity { get; init; }

    /// <summary>Gets the role worked in, if known; it chooses the rate card when the person has none of their own.</summary>
    public RoleId? Role { get; init; }

    /// <summary>Gets whether the hours are overtime, costed at the overtime rate.</summary>
    public bool Overtime { get; init; }

    /// <summary>Gets the cost account charged, if known.</summary>
    public CostAccountId? Account { get; init; }
}

/// <summary>A time entry with its cost.</summary>
/// <param name="Entry">The entry.</param>
/// <param name="Rate">The rate in force on its date.</param>
/// <param name="Cost">Its hours times the rate (overtime where flagged), rounded to the currency's minor unit.</param>
public sealed record CostedTimeEntry(TimeEntry Entry, Rate Rate, Money Cost);

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

/// <summary>Money spent on a project outside labour: travel, licences, equipment.</summary>
/// <param name="Id">The expense's id.</param>
/// <param name="Date">The day it was incurred.</param>
/// <param name="Amount">How much.</param>
/// <param name="Category">Its category, such as <c>travel</c>.</param>
/// <param name="Project">The project it is for.</param>
public sealed record Expense(string Id, LocalDate Date, Money Amount, string Category, ProjectId Project)
{
    /// <summary>Gets the cost account charged, if known (an expense without one is flagged at intake).</summary>
    public CostAccountId? Account { get; init; }

    /// <summary>Gets the activity it is for, if known.</summary>
    public ActivityId? Activity { get; init; }

    /// <summary>Gets the vendor paid, if known.</summary>
    public string? Vendor { get; init; }

    /// <summary>Gets the receipt's reference, if any.</summary>
    public string? Receipt { get; init; }
}

/// <summary>When a cost is recognised over the periods its work spans.</summary>
public enum AccrualMethod
{
    /// <summary>All of it in the period in which the work starts.</summary>
    AtStart = 0,

    /// <summary>In proportion to the days of the work in each period.</summary>
    Prorated = 1,

    /// <summary>All of it in the period in which the work ends.</summary>
    AtEnd = 2,
}

/// <summary>Spreads an amount over periods, exact to the minor unit: the parts always add up to the amount.</summary>
public static class Accrual
{
    /// <summary>Spreads an amount for work spanning some dates over periods.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="span">The dates of the work.</param>
    /// <param name="periods">The periods, in order, not overlapping.</param>
    /// <param name="method">How the amount is recognised.</param>
    /// <returns>The part in each period, in the periods' order; they add up to the amount exactly.</returns>
    /// <exception cref="ArgumentException">The periods do not cover the day the method needs (the start, the end, or any
    /// day of the span).</exception>
    public static ImmutableArray<Money> Spread(Money amount, DateInterval span, IReadOnlyList<DateInterval> periods, AccrualMethod method)
    {
        ArgumentNullException.ThrowIfNull(span);
        ArgumentNullException.ThrowIfNull(periods);
        decimal[] weights = method switch
        {
            AccrualMethod.AtStart => [.. periods.Select(p => p.Contains(span.Start) ? 1m : 0m)],
            AccrualMethod.AtEnd => [.. periods.Select(p => p.Contains(span.End) ? 1m : 0m)],
            _ => [.. periods.Select(p => (decimal)Overlap(p, span))],
        };
        if (weights.Sum() == 0)
        {
            throw new ArgumentException($"No period covers {(method == AccrualMethod.AtEnd ? span.End : span.Start):uuuu-MM-dd}{(method == AccrualMethod.Prorated ? " or any day of the work" : "")}.", nameof(periods));
        }
        return amount.Allocate(weights);
    }

    private static int Overlap(DateInterval period, DateInterval span)
    {
        LocalDate from = LocalDate.Max(period.Start, span.Start);
        LocalDate to = LocalDate.Min(period.End, span.End);
        return to < from ? 0 : Period.DaysBetween(from, to) + 1;
    }
}
