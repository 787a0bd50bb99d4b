namespace Pso.Domain.Allocation.Levelling;

/// <summary>What a schedule is to minimise; ties always go to the shorter makespan.</summary>
public enum LevellingObjective
{
    /// <summary>The period in which the last activity finishes.</summary>
    Makespan = 0,

    /// <summary>The sum over projects of weight times periods late against the due period.</summary>
    WeightedTardiness = 1,

    /// <summary>The sum over projects of weight times periods beyond the project's earliest finish by precedence and
    /// releases alone (its critical path).</summary>
    TotalProjectDelay = 2,
}
