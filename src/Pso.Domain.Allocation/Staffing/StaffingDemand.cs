using System.Collections.Immutable;
using Pso.Domain.Resources;

namespace Pso.Domain.Allocation.Staffing;

/// <summary>Work wanted in one period, by role or skills.</summary>
/// <param name="Id">The demand's id; a demand that spans several periods appears once per period under the same
/// id.</param>
/// <param name="Period">The period.</param>
/// <param name="Units">The units of work wanted.</param>
public sealed record StaffingDemand(DemandId Id, int Period, int Units)
{
    /// <summary>Gets the project it is for.</summary>
    public ProjectId Project { get; init; }

    /// <summary>Gets the activity it is for, when one.</summary>
    public ActivityId? Activity { get; init; }

    /// <summary>Gets the role the person must have, when one.</summary>
    public RoleId? Role { get; init; }

    /// <summary>Gets the skills the person must have, each at its minimum proficiency.</summary>
    public ImmutableArray<SkillRequirement> Skills { get; init; } = [];

    /// <summary>Gets how much each unfilled unit counts against the plan (at the medium level); 1 by default. Higher
    /// weights are filled first when capacity is short.</summary>
    public int Weight { get; init; } = 1;

    /// <summary>Gets the people the project would like; others are charged the preference weight.</summary>
    public ImmutableArray<ResourceId> Preferred { get; init; } = [];
}
