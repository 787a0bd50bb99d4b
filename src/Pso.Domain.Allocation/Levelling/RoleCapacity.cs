namespace Pso.Domain.Allocation.Levelling;

/// <summary>A role's capacity in units per period.</summary>
/// <param name="Role">The role.</param>
/// <param name="Units">The units available in every period.</param>
public sealed record RoleCapacity(RoleId Role, int Units);
