using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Pso.Domain.Periods;
using Pso.Domain.Reporting.TimePhased;
using Pso.Domain.Reporting.Warnings;

namespace Pso.Domain.Reporting.Portfolio;

/// <summary>
/// The portfolio aggregate: one <see cref="ProjectAggregate"/> per project. Merging is associative and commutative, and
/// aggregates of the same project merge, so a host can compute projects (or parts of them) in parallel or on separate
/// machines and merge the results in any order without loss.
/// </summary>
public sealed class PortfolioAggregate : IEquatable<PortfolioAggregate>
{
    private PortfolioAggregate(
        Currency currency,
        PeriodUnit unit,
        ImmutableSortedDictionary<ProjectId, ProjectAggregate> projects
    )
    {
        Currency = currency;
        Unit = unit;
        ByProject = projects;
    }

    /// <summary>Gets the currency.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the reporting period.</summary>
    public PeriodUnit Unit { get; }

    /// <summary>Gets the projects, by id.</summary>
    public ImmutableSortedDictionary<ProjectId, ProjectAggregate> ByProject { get; }

    /// <summary>Gets the projects, in id order.</summary>
    public IEnumerable<ProjectAggregate> Projects => ByProject.Values;

    /// <summary>Gets the time-phased performance of the whole portfolio.</summary>
    public TimePhasedPerformance Performance =>
        Projects
            .Aggregate(TimePhasedPerformance.Empty(Currency, Unit), (sum, p) => sum.Merge(p.Performance))
            .RollUp(RollUpLevel.Portfolio);

    /// <summary>Gets every warning, in report order.</summary>
    public IEnumerable<EarlyWarning> Warnings => Projects.SelectMany(p => p.Warnings);

    /// <summary>Returns an empty portfolio.</summary>
    /// <param name="currency">The currency.</param>
    /// <param name="unit">The reporting period.</param>
    /// <returns>The portfolio.</returns>
    public static PortfolioAggregate Empty(Currency currency, PeriodUnit unit) =>
        new(currency, unit, ImmutableSortedDictionary<ProjectId, ProjectAggregate>.Empty);

    /// <summary>Returns a portfolio of projects.</summary>
    /// <param name="currency">The currency.</param>
    /// <param name="unit">The reporting period.</param>
    /// <param name="projects">The projects; aggregates of one project are merged.</param>
    /// <returns>The portfolio.</returns>
    public static PortfolioAggregate Of(Currency currency, PeriodUnit unit, IEnumerable<ProjectAggregate> projects)
    {
        ArgumentNullException.ThrowIfNull(projects);
        return projects.Aggregate(Empty(currency, unit), (portfolio, project) => portfolio.Add(project));
    }

    /// <summary>Merges two portfolios.</summary>
    /// <param name="left">A portfolio.</param>
    /// <param name="right">Another.</param>
    /// <returns>The merge.</returns>
    public static PortfolioAggregate operator +(PortfolioAggregate left, PortfolioAggregate right)
    {
        ArgumentNullException.ThrowIfNull(left);
        return left.Merge(right);
    }

    /// <summary>Adds a project (merging it with the same project's aggregate, if present).</summary>
    /// <param name="project">The project.</param>
    /// <returns>The new portfolio.</returns>
    public PortfolioAggregate Add(ProjectAggregate project)
    {
        ArgumentNullException.ThrowIfNull(project);
        ProjectAggregate merged = ByProject.TryGetValue(project.Project, out ProjectAggregate? existing)
            ? existing.Merge(project)
            : project;
        return new PortfolioAggregate(Currency, Unit, ByProject.SetItem(project.Project, merged));
    }

    /// <summary>Merges another portfolio.</summary>
    /// <param name="other">The other portfolio.</param>
    /// <returns>The merge.</returns>
    public PortfolioAggregate Merge(PortfolioAggregate other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.Projects.Aggregate(this, (portfolio, project) => portfolio.Add(project));
    }

    /// <summary>Returns the summary at the end of a period: one line per project, in id order.</summary>
    /// <param name="period">The status period.</param>
    /// <returns>The lines.</returns>
    public ImmutableArray<PortfolioSummaryLine> SummaryAt(ReportingPeriod period) =>
        [
            .. Projects.Select(p => new PortfolioSummaryLine(
                p.Project,
                p.Name,
                p.Status,
                p.MeasuresAt(period),
                p.Warnings.Length,
                p.Finish,
                p.P80Finish
            )),
        ];

    /// <inheritdoc />
    public bool Equals(PortfolioAggregate? other) =>
        other is not null
        && Unit == other.Unit
        && ByProject.Count == other.ByProject.Count
        && ByProject.All(p => other.ByProject.TryGetValue(p.Key, out ProjectAggregate? q) && p.Value.Equals(q));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PortfolioAggregate);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Unit, ByProject.Count);

    /// <summary>Returns the number of projects and their statuses.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{ByProject.Count} projects: {Projects.Count(p => p.Status == RagStatus.Red)} red, "
        + $"{Projects.Count(p => p.Status == RagStatus.Amber)} amber, "
        + $"{Projects.Count(p => p.Status == RagStatus.Green)} green";
}
