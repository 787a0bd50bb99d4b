using Pso.Domain.Resources;

namespace Pso.Domain.Allocation.Staffing;

/// <summary>Units of a demand given to a person in a period.</summary>
/// <param name="Demand">The demand.</param>
/// <param name="Period">The period.</param>
/// <param name="Resource">The person.</param>
/// <param name="Units">The units.</param>
public sealed record ResourceAssignment(DemandId Demand, int Period, ResourceId Resource, int Units);
