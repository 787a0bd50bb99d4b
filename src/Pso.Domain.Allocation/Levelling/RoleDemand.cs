namespace Pso.Domain.Allocation.Levelling;

/// <summary>A role an activity uses, in units per period.</summary>
/// <param name="Role">The role.</param>
/// <param name="Units">The units.</param>
public sealed record RoleDemand(RoleId Role, int Units);
