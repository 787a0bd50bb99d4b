using System.Collections.Immutable;
using Pso.Domain.Resources;

namespace Pso.Domain.Allocation.Staffing;

/// <summary>A person who may fill demands.</summary>
/// <param name="Id">The person's id.</param>
/// <param name="Capacity">The units they can give in each period, from period 0; none after the last.</param>
public sealed record Candidate(ResourceId Id, ImmutableArray<int> Capacity)
{
    /// <summary>Gets the roles they can fill.</summary>
    public ImmutableArray<RoleId> Roles { get; init; } = [];

    /// <summary>Gets their skills.</summary>
    public ImmutableArray<ResourceSkill> Skills { get; init; } = [];

    /// <summary>Gets what a unit of their work costs, when known.</summary>
    public Money? CostRate { get; init; }

    /// <summary>Gets the projects they already work on; demands of other projects are charged the continuity
    /// weight.</summary>
    public ImmutableArray<ProjectId> Projects { get; init; } = [];

    /// <summary>Gets the units they can give in a period.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The units; 0 outside their capacity.</returns>
    public int CapacityIn(int period) => period >= 0 && period < Capacity.Length ? Capacity[period] : 0;
}
