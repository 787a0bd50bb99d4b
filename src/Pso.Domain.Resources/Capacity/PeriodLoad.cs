using Pso.Domain.Periods;

namespace Pso.Domain.Resources.Capacity;

/// <summary>Capacity and bookings of one group (a resource, role, skill, team or project) in one period.</summary>
/// <typeparam name="TKey">The kind of group.</typeparam>
/// <param name="Key">The group.</param>
/// <param name="Period">The period.</param>
/// <param name="Capacity">The working time available from the group's resources (zero for a project).</param>
/// <param name="Booked">The confirmed bookings' work.</param>
/// <param name="TentativelyBooked">The tentative bookings' work.</param>
/// <param name="Available">Capacity less the bookings that count (confirmed, and tentative when the plan counts them);
/// negative when over-allocated.</param>
public sealed record PeriodLoad<TKey>(
    TKey Key,
    ReportingPeriod Period,
    Work Capacity,
    Work Booked,
    Work TentativelyBooked,
    Work Available
)
{
    /// <summary>Gets confirmed bookings over capacity (1 is fully booked), or null without capacity.</summary>
    public decimal? Utilisation => Capacity == Work.Zero ? null : Booked / Capacity;
}
