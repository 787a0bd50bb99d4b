namespace Pso.Domain.Allocation.Planning;

/// <summary>How the planner treats project deadlines.</summary>
public enum DeadlineRule
{
    /// <summary>Lateness is weighed by the project's priority against the other projects' lateness.</summary>
    Weighted = 0,

    /// <summary>Every deadline counts above any weighted lateness; one that cannot be met is still reported, with the
    /// reason, and the rest of the portfolio planned.</summary>
    Hard = 1,
}
