using System.Collections.Immutable;

namespace Pso.Domain.Allocation.Staffing;

/// <summary>What a staffing strategy returns.</summary>
/// <param name="Assignments">The assignments it made, pinned ones excluded.</param>
/// <param name="ProvenOptimal">Whether no plan has a better score.</param>
public sealed record StaffingResult(ImmutableArray<ResourceAssignment> Assignments, bool ProvenOptimal);
