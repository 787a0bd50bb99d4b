using System.Collections.Immutable;

namespace Pso.Domain.Reporting;

/// <summary>The progress of a piece of work at a status date, as the techniques read it.</summary>
/// <remarks>This type is an immutable value and thread-safe.</remarks>
public sealed record WorkProgress
{
    /// <summary>Gets whether the work has started.</summary>
    public bool Started { get; init; }

    /// <summary>Gets whether the work has finished.</summary>
    public bool Finished { get; init; }

    /// <summary>Gets the reported percent complete, 0 to 100.</summary>
    public decimal PercentComplete { get; init; }

    /// <summary>Gets the physical percent complete, 0 to 100.</summary>
    public decimal PhysicalPercentComplete { get; init; }

    /// <summary>Gets the milestones, for <see cref="EarnedValueTechnique.WeightedMilestones"/>.</summary>
    public ImmutableArray<WeightedMilestone> Milestones { get; init; } = [];
}
