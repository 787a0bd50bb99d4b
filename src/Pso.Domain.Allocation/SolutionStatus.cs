namespace Pso.Domain.Allocation;

/// <summary>How a solver run ended.</summary>
public enum SolutionStatus
{
    /// <summary>The makespan equals a lower bound: no schedule is shorter.</summary>
    Optimal = 0,

    /// <summary>A feasible schedule, not proven optimal.</summary>
    Feasible = 1,

    /// <summary>The run was cancelled; the solution is the best found so far, and feasible.</summary>
    Cancelled = 2,
}
