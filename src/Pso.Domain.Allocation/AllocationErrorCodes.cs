using Pso.Domain.Allocation.Levelling;

namespace Pso.Domain.Allocation;

/// <summary>The stable codes of what can be wrong with a levelling or a staffing problem.</summary>
public static class AllocationErrorCodes
{
    /// <summary>Two records share an id.</summary>
    public const string Duplicate = "allocation.duplicate";

    /// <summary>A precedence names an activity the problem does not have.</summary>
    public const string UnknownActivity = "allocation.unknown-activity";

    /// <summary>An activity needs a role that has no capacity.</summary>
    public const string UnknownRole = "allocation.unknown-role";

    /// <summary>A duration, lag, release, demand or capacity is negative.</summary>
    public const string NegativeAmount = "allocation.negative-amount";

    /// <summary>An activity needs more of a role than the role has in a period: no schedule can run it.</summary>
    public const string DemandAboveCapacity = "allocation.demand-above-capacity";

    /// <summary>A pinned assignment names a demand the problem does not have.</summary>
    public const string UnknownDemand = "allocation.unknown-demand";

    /// <summary>A pinned assignment names a person the problem does not have.</summary>
    public const string UnknownResource = "allocation.unknown-resource";

    /// <summary>Cost rates are in more than one currency.</summary>
    public const string CurrencyMismatch = "allocation.currency-mismatch";

    /// <summary>The precedences form a cycle.</summary>
    public const string Cycle = "allocation.cycle";

    /// <summary>The problem's horizon (the latest release plus every duration and lag) passes
    /// <see cref="LevellingProblem.MaxHorizon"/> periods, or a project's weight passes
    /// <see cref="LevellingProblem.MaxWeight"/>.</summary>
    public const string OutOfRange = "allocation.out-of-range";

    /// <summary>A lookup names a project the problem does not have.</summary>
    public const string UnknownProject = "allocation.unknown-project";

    /// <summary>A lookup names a score term the score does not have.</summary>
    public const string UnknownTerm = "allocation.unknown-term";

    /// <summary>A lookup names a strategy that is not registered.</summary>
    public const string UnknownStrategy = "allocation.unknown-strategy";
}
