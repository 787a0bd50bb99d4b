using System;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Pso.Domain.Periods;
using Pso.Domain.Reporting.Reports;
using Pso.Domain.Reporting.TimePhased;
using Pso.Domain.Reporting.Warnings;
using Pso.Domain.Utility;

namespace Pso.Domain.Reporting.Portfolio;

/// <summary>
/// Everything the portfolio report keeps of one project, in a form that merges: time-phased performance (adds),
/// warnings (union), completion counts (add), unpaid invoices by ageing bucket (add), and the forecast and P80 finish
/// (the later wins). Parts of one project computed apart (by month, by source) merge into the whole.
/// </summary>
/// <remarks>Immutable and thread-safe; equal when every part is.</remarks>
public sealed class ProjectAggregate : IEquatable<ProjectAggregate>
{
    /// <summary>Initialises an aggregate.</summary>
    /// <param name="project">The project.</param>
    /// <param name="name">The project's name.</param>
    /// <param name="performance">The project's time-phased performance, at any level; it is rolled up to the
    /// project.</param>
    /// <exception cref="ArgumentException">The performance holds another project's cells.</exception>
    public ProjectAggregate(ProjectId project, string name, TimePhasedPerformance performance)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(performance);
        Project = project;
        Name = name;
        Performance = performance.RollUp(RollUpLevel.Project);
        ProjectId? other = Performance.Elements.Select(e => (ProjectId?)e.Project).FirstOrDefault(p => p != project);
        Preconditions.CheckArgument(
            other is null,
            nameof(performance),
            $"The performance of project '{project}' holds cells of project '{other}'."
        );
    }

    /// <summary>Gets the project.</summary>
    public ProjectId Project { get; }

    /// <summary>Gets the project's name.</summary>
    public string Name { get; }

    /// <summary>Gets the project's time-phased performance, by project and period.</summary>
    public TimePhasedPerformance Performance { get; }

    /// <summary>Gets the warnings raised about the project, in report order, each once.</summary>
    public ImmutableArray<EarlyWarning> Warnings { get; init; } = [];

    /// <summary>Gets the completion counts.</summary>
    public CompletionCounts Completion { get; init; } = CompletionCounts.None;

    /// <summary>Gets the unpaid invoices by ageing bucket, in the performance's currency.</summary>
    public ImmutableArray<AgeingLine> Ageing { get; init; } = [];

    /// <summary>Gets the forecast finish (the schedule's), if known.</summary>
    public LocalDateTime? Finish { get; init; }

    /// <summary>Gets the P80 finish of the schedule risk analysis, if one was run.</summary>
    public LocalDateTime? P80Finish { get; init; }

    /// <summary>Gets the red-amber-green status the warnings give.</summary>
    public RagStatus Status => EarlyWarning.StatusOf(Warnings);

    /// <summary>Merges two aggregates of one project.</summary>
    /// <param name="left">An aggregate.</param>
    /// <param name="right">Another aggregate of the same project.</param>
    /// <returns>The merge.</returns>
    public static ProjectAggregate operator +(ProjectAggregate left, ProjectAggregate right)
    {
        ArgumentNullException.ThrowIfNull(left);
        return left.Merge(right);
    }

    /// <summary>Merges another aggregate of the same project.</summary>
    /// <param name="other">The other aggregate.</param>
    /// <returns>The merge.</returns>
    /// <exception cref="ArgumentException">The aggregates are of different projects.</exception>
    public ProjectAggregate Merge(ProjectAggregate other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Preconditions.CheckArgument(
            other.Project == Project,
            nameof(other),
            $"Cannot merge project '{other.Project}' into project '{Project}'."
        );
        return new ProjectAggregate(
            Project,
            string.CompareOrdinal(Name, other.Name) <= 0 ? Name : other.Name,
            Performance.Merge(other.Performance)
        )
        {
            Warnings = [.. Warnings.Concat(other.Warnings).Distinct().Order(EarlyWarning.ReportOrder)],
            Completion = Completion + other.Completion,
            Ageing = MergeAgeing(Ageing, other.Ageing),
            Finish = Later(Finish, other.Finish),
            P80Finish = Later(P80Finish, other.P80Finish),
        };
    }

    /// <summary>Returns the project's earned-value measures at the end of a period.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The measures.</returns>
    public EarnedValueMeasures MeasuresAt(ReportingPeriod period) =>
        Performance.MeasuresAt(ControlElement.ForProject(Project), period);

    /// <inheritdoc />
    public bool Equals(ProjectAggregate? other) =>
        other is not null
        && Project == other.Project
        && Name == other.Name
        && Performance.Equals(other.Performance)
        && Warnings.SequenceEqual(other.Warnings)
        && Completion == other.Completion
        && Ageing.SequenceEqual(other.Ageing)
        && Finish == other.Finish
        && P80Finish == other.P80Finish;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ProjectAggregate);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Project, Performance, Completion);

    /// <summary>Returns the project and its status.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Project} ({Name}): {Status}, {Warnings.Length} warnings";

    private static LocalDateTime? Later(LocalDateTime? a, LocalDateTime? b) =>
        a is null ? b
        : b is null ? a
        : a > b ? a
        : b;

    private static ImmutableArray<AgeingLine> MergeAgeing(ImmutableArray<AgeingLine> a, ImmutableArray<AgeingLine> b) =>
        [
            .. a.Concat(b)
                .GroupBy(l => l.Bucket)
                .OrderBy(g => g.Key)
                .Select(g => new AgeingLine(
                    g.Key,
                    g.Sum(l => l.Invoices),
                    g.Skip(1).Aggregate(g.First().Amount, (sum, l) => sum + l.Amount)
                )),
        ];
}
