namespace Pso.Domain.Allocation;

/// <summary>The levels of an objective, compared in order: any hard penalty outweighs every medium one, and any medium
/// penalty every soft one.</summary>
public enum ScoreLevel
{
    /// <summary>Rules that must hold: capacity, precedence, qualification.</summary>
    Hard = 0,

    /// <summary>What the plan should achieve: every demand staffed.</summary>
    Medium = 1,

    /// <summary>What makes one plan better than another: cost, lateness, preference, continuity.</summary>
    Soft = 2,
}
