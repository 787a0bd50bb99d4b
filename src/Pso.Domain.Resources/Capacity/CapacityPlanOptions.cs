using Pso.Domain.Calendars;
using Pso.Domain.Periods;

namespace Pso.Domain.Resources.Capacity;

/// <summary>Settings of a <see cref="CapacityPlan"/>.</summary>
public sealed record CapacityPlanOptions
{
    /// <summary>Gets the default settings.</summary>
    public static CapacityPlanOptions Default { get; } = new();

    /// <summary>Gets whether tentative bookings reduce availability and count towards over-allocation, as confirmed
    /// ones always do; false by default.</summary>
    public bool CountTentative { get; init; }

    /// <summary>Gets the calendar over whose working days a demand's effort is spread; the standard calendar by
    /// default.</summary>
    public WorkCalendar DemandCalendar { get; init; } = WorkCalendar.Standard;

    /// <summary>Gets the calendar that groups days into weeks, months, quarters and fiscal periods.</summary>
    public ReportingCalendar Reporting { get; init; } = ReportingCalendar.Default;

    /// <summary>Gets the share of capacity by which bookings must exceed it to be a <see
    /// cref="OverallocationSeverity.Major"/>
    /// over-allocation: 0.1 (10 %) by default.</summary>
    public decimal MajorOverallocation { get; init; } = 0.10m;

    /// <summary>Gets the share of capacity by which bookings must exceed it to be a
    /// <see cref="OverallocationSeverity.Critical"/> over-allocation: 0.25 (25 %) by default.</summary>
    public decimal CriticalOverallocation { get; init; } = 0.25m;
}
