using Pso.Domain.Periods;

namespace Pso.Domain.Resources.Capacity;

/// <summary>A resource booked below a share of its capacity in a period.</summary>
/// <param name="Resource">The resource.</param>
/// <param name="Period">The period.</param>
/// <param name="Capacity">Its capacity.</param>
/// <param name="Booked">The work of the bookings that count.</param>
/// <param name="Utilisation">Booked over capacity.</param>
public sealed record Underutilisation(
    ResourceId Resource,
    ReportingPeriod Period,
    Work Capacity,
    Work Booked,
    decimal Utilisation
);
