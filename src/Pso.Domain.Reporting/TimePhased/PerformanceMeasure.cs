namespace Pso.Domain.Reporting.TimePhased;

/// <summary>What a <see cref="PerformanceLine"/> measures.</summary>
public enum PerformanceMeasure
{
    /// <summary>Planned value: budget scheduled for the day (money).</summary>
    PlannedValue,

    /// <summary>Earned value: budget of the work done on the day (money).</summary>
    EarnedValue,

    /// <summary>Actual cost booked on the day (money).</summary>
    ActualCost,

    /// <summary>Hours worked on the day (a time entry).</summary>
    ActualHours,

    /// <summary>Working hours the people on the work could give on the day (their capacity).</summary>
    CapacityHours,
}
