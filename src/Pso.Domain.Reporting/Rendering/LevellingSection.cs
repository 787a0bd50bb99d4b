using System.Collections.Immutable;
using Pso.Domain.Reporting.Reports;

namespace Pso.Domain.Reporting.Rendering;

/// <summary>What a report shows of a levelled portfolio: each project's levelled schedule over its unlevelled dates
/// (the Gantt chart, the unlevelled dates drawn as the baseline), and the capacity heat map before and after
/// levelling.</summary>
public sealed record LevellingSection
{
    /// <summary>Gets each project's levelled schedule (<see cref="ProjectSection.Schedule"/>) with its unlevelled dates
    /// as the baseline (<see cref="ProjectSection.Baseline"/>).</summary>
    public ImmutableArray<ProjectSection> Projects { get; init; } = [];

    /// <summary>Gets the capacity with the work at its unlevelled dates.</summary>
    public ResourceReport? Before { get; init; }

    /// <summary>Gets the capacity with the work at its levelled dates.</summary>
    public ResourceReport? After { get; init; }
}
