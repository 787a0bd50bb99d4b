namespace Pso.Domain.Allocation.Planning;

/// <summary>The period the planner levels in.</summary>
public enum PlanningGranularity
{
    /// <summary>A working day of the portfolio calendar: activities start on a day's first working moment.</summary>
    Day = 0,

    /// <summary>A working hour of the portfolio calendar: finer, and slower on long horizons.</summary>
    Hour = 1,
}
