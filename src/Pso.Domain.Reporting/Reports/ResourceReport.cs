using System;
using System.Collections.Immutable;
using System.Linq;
using Pso.Domain.Periods;
using Pso.Domain.Resources.Capacity;

namespace Pso.Domain.Reporting.Reports;

/// <summary>
/// Utilisation, capacity against demand by role and skill, and over-allocations, by period, as the Resources engine
/// computes them from people's calendars, bookings and demands.
/// </summary>
public sealed record ResourceReport
{
    private ResourceReport(PeriodUnit unit, CapacityPlan plan)
    {
        Unit = unit;
        ByResource = plan.ByResource(unit);
        ByRole = plan.ByRole(unit);
        RoleCapacityVersusDemand = plan.RoleCapacityVersusDemand(unit);
        SkillCapacityVersusDemand = plan.SkillCapacityVersusDemand(unit);
        Overallocations = plan.Overallocations(unit);
    }

    /// <summary>Gets the reporting period.</summary>
    public PeriodUnit Unit { get; }

    /// <summary>Gets capacity, bookings and utilisation by person and period.</summary>
    public ImmutableArray<PeriodLoad<ResourceId>> ByResource { get; }

    /// <summary>Gets capacity, bookings and utilisation by role and period: the capacity heat map.</summary>
    public ImmutableArray<PeriodLoad<RoleId>> ByRole { get; }

    /// <summary>Gets capacity against demand by role and period.</summary>
    public ImmutableArray<CapacityDemand<RoleId>> RoleCapacityVersusDemand { get; }

    /// <summary>Gets capacity against demand by skill and period.</summary>
    public ImmutableArray<CapacityDemand<SkillId>> SkillCapacityVersusDemand { get; }

    /// <summary>Gets every over-allocation: a person booked beyond capacity in a period.</summary>
    public ImmutableArray<Overallocation> Overallocations { get; }

    /// <summary>Gets the utilisation of all people over the whole horizon: booked hours over capacity; null without
    /// capacity.</summary>
    public decimal? Utilisation
    {
        get
        {
            decimal capacity = ByResource.Sum(l => l.Capacity.Hours);
            return capacity == 0m ? null : ByResource.Sum(l => l.Booked.Hours) / capacity;
        }
    }

    /// <summary>Builds the report from a capacity plan.</summary>
    /// <param name="plan">The capacity plan.</param>
    /// <param name="unit">The reporting period; weeks unless given.</param>
    /// <returns>The report.</returns>
    public static ResourceReport From(CapacityPlan plan, PeriodUnit unit = PeriodUnit.Week)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new ResourceReport(unit, plan);
    }
}
