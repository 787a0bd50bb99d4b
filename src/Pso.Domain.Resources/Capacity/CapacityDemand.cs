using Pso.Domain.Periods;

namespace Pso.Domain.Resources.Capacity;

/// <summary>Capacity against demand for one role or skill in one period: the data behind a heat map.</summary>
/// <typeparam name="TKey">Role or skill.</typeparam>
/// <param name="Key">The role or skill.</param>
/// <param name="Period">The period.</param>
/// <param name="Capacity">The capacity of the resources with the role or skill.</param>
/// <param name="Demand">The work demanded.</param>
/// <param name="Staffed">The work of the bookings that staff those demands.</param>
/// <param name="Unstaffed">The demand not yet staffed.</param>
public sealed record CapacityDemand<TKey>(
    TKey Key,
    ReportingPeriod Period,
    Work Capacity,
    Work Demand,
    Work Staffed,
    Work Unstaffed
)
{
    /// <summary>Gets demand less capacity: positive where the role or skill is short.</summary>
    public Work Shortfall => Demand - Capacity;
}
