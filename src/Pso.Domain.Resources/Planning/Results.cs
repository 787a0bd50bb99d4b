using System.Collections.Immutable;
using Pso.Domain.Periods;

namespace Pso.Domain.Resources;

/// <summary>Capacity and bookings of one group (a resource, role, skill, team or project) in one period.</summary>
/// <typeparam name="TKey">The kind of group.</typeparam>
/// <param name="Key">The group.</param>
/// <param name="Period">The period.</param>
/// <param name="Capacity">The working time available from the group's resources (zero for a project).</param>
/// <param name="Booked">The confirmed bookings' work.</param>
/// <param name="TentativelyBooked">The tentative bookings' work.</param>
/// <param name="Available">Capacity less the bookings that count (confirmed, and tentative when the plan counts them);
/// negative when over-allocated.</param>
public sealed record PeriodLoad<TKey>(TKey Key, ReportingPeriod Period, Work Capacity, Work Booked, Work TentativelyBooked, Work Available)
{
    /// <summary>Gets confirmed bookings over capacity (1 is fully booked), or null without capacity.</summary>
    public decimal? Utilisation => Capacity == Work.Zero ? null : Booked / Capacity;
}

/// <summary>A resource booked beyond its capacity in a period.</summary>
/// <param name="Resource">The resource.</param>
/// <param name="Period">The period.</param>
/// <param name="Capacity">Its capacity.</param>
/// <param name="Booked">The work of the bookings that count.</param>
/// <param name="Excess">Booked less capacity.</param>
/// <param name="Severity">How serious, by the plan's thresholds.</param>
/// <param name="Bookings">The bookings with work in the period.</param>
public sealed record Overallocation(ResourceId Resource, ReportingPeriod Period, Work Capacity, Work Booked, Work Excess,
    OverallocationSeverity Severity, ImmutableArray<BookingId> Bookings);

/// <summary>How far bookings exceed capacity.</summary>
public enum OverallocationSeverity
{
    /// <summary>Below the major threshold.</summary>
    Minor = 0,

    /// <summary>At or above the major threshold.</summary>
    Major = 1,

    /// <summary>At or above the critical threshold, or booked without any capacity.</summary>
    Critical = 2,
}

/// <summary>A resource booked below a share of its capacity in a period.</summary>
/// <param name="Resource">The resource.</param>
/// <param name="Period">The period.</param>
/// <param name="Capacity">Its capacity.</param>
/// <param name="Booked">The work of the bookings that count.</param>
/// <param name="Utilisation">Booked over capacity.</param>
public sealed record Underutilisation(ResourceId Resource, ReportingPeriod Period, Work Capacity, Work Booked, decimal Utilisation);

/// <summary>A resource's use over a range of dates: capacity, bookings and, when supplied, the hours actually worked.</summary>
/// <param name="Resource">The resource.</param>
/// <param name="Capacity">Its capacity.</param>
/// <param name="Booked">Its confirmed bookings.</param>
/// <param name="Billable">Actual billable work.</param>
/// <param name="NonBillable">Actual non-billable work.</param>
public sealed record UtilisationSummary(ResourceId Resource, Work Capacity, Work Booked, Work Billable, Work NonBillable)
{
    /// <summary>Gets all actual work.</summary>
    public Work Actual => Billable + NonBillable;

    /// <summary>Gets booked over capacity, or null without capacity.</summary>
    public decimal? BookedUtilisation => Capacity == Work.Zero ? null : Booked / Capacity;

    /// <summary>Gets actual over capacity, or null without capacity.</summary>
    public decimal? ActualUtilisation => Capacity == Work.Zero ? null : Actual / Capacity;

    /// <summary>Gets actual billable work over capacity, or null without capacity.</summary>
    public decimal? BillableUtilisation => Capacity == Work.Zero ? null : Billable / Capacity;
}

/// <summary>A resource that matches a skill search, with what made it match.</summary>
/// <param name="Resource">The resource.</param>
/// <param name="Proficiency">Its level in the skill.</param>
/// <param name="Available">Its free working time over the whole range.</param>
/// <param name="LeastWeek">Its free working time in the least free week of the range.</param>
public sealed record ResourceMatch(ResourceId Resource, int Proficiency, Work Available, Work LeastWeek);

/// <summary>Capacity against demand for one role or skill in one period: the data behind a heat map.</summary>
/// <typeparam name="TKey">Role or skill.</typeparam>
/// <param name="Key">The role or skill.</param>
/// <param name="Period">The period.</param>
/// <param name="Capacity">The capacity of the resources with the role or skill.</param>
/// <param name="Demand">The work demanded.</param>
/// <param name="Staffed">The work of the bookings that staff those demands.</param>
/// <param name="Unstaffed">The demand not yet staffed.</param>
public sealed record CapacityDemand<TKey>(TKey Key, ReportingPeriod Period, Work Capacity, Work Demand, Work Staffed, Work Unstaffed)
{
    /// <summary>Gets demand less capacity: positive where the role or skill is short.</summary>
    public Work Shortfall => Demand - Capacity;
}
