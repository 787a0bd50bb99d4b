using System.Collections.Immutable;
using Pso.Domain.Periods;

namespace Pso.Domain.Resources.Capacity;

/// <summary>A resource booked beyond its capacity in a period.</summary>
/// <param name="Resource">The resource.</param>
/// <param name="Period">The period.</param>
/// <param name="Capacity">Its capacity.</param>
/// <param name="Booked">The work of the bookings that count.</param>
/// <param name="Excess">Booked less capacity.</param>
/// <param name="Severity">How serious, by the plan's thresholds.</param>
/// <param name="Bookings">The bookings with work in the period.</param>
public sealed record Overallocation(
    ResourceId Resource,
    ReportingPeriod Period,
    Work Capacity,
    Work Booked,
    Work Excess,
    OverallocationSeverity Severity,
    ImmutableArray<BookingId> Bookings
);
