using System;
using System.Collections.Immutable;

namespace Pso.Domain.Allocation.Levelling;

/// <summary>An activity to schedule.</summary>
/// <param name="Id">The activity's id.</param>
/// <param name="Duration">The periods it takes.</param>
public sealed record LevellingActivity(ActivityId Id, int Duration)
{
    /// <summary>Gets the project it belongs to.</summary>
    public ProjectId Project { get; init; }

    /// <summary>Gets the first period in which it may start; 0 by default.</summary>
    public int Release { get; init; }

    /// <summary>Gets the units of each role it uses in every period it runs.</summary>
    public ImmutableArray<RoleDemand> Demands { get; init; } = [];

    /// <summary>Creates an effort-driven activity: the periods it takes follow from the effort and the units working on
    /// it (rounded up, so the effort is always covered).</summary>
    /// <param name="id">The activity's id.</param>
    /// <param name="demand">The role and units working on it in every period it runs.</param>
    /// <param name="effort">The work, in unit-periods (person-days, say).</param>
    /// <returns>The activity.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The units are not positive or the effort is negative.</exception>
    public static LevellingActivity ForEffort(ActivityId id, RoleDemand demand, int effort)
    {
        ArgumentNullException.ThrowIfNull(demand);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(demand.Units, nameof(demand));
        ArgumentOutOfRangeException.ThrowIfNegative(effort);
        return new LevellingActivity(id, (effort + demand.Units - 1) / demand.Units) { Demands = [demand] };
    }
}
