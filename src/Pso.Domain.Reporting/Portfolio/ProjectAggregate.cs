using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Pso.Domain.Periods;

namespace Pso.Domain.Reporting;

/// <summary>How many activities are in each completion state; counts add.</summary>
/// <param name="CompletedOnTime">Finished by their baseline finish.</param>
/// <param name="CompletedLate">Finished after it.</param>
/// <param name="OnTrack">Not finished, forecast by it.</param>
/// <param name="Slipping">Not finished, forecast after it.</param>
/// <param name="NotInBaseline">Not in the baseline.</param>
public sealed record CompletionCounts(int CompletedOnTime, int CompletedLate, int OnTrack, int Slipping, int NotInBaseline)
{
    /// <summary>Gets no activities.</summary>
    public static CompletionCounts None { get; } = new(0, 0, 0, 0, 0);

    /// <summary>Adds two counts.</summary>
    /// <param name="left">A count.</param>
    /// <param name="right">Another.</param>
    /// <returns>The sum.</returns>
    public static CompletionCounts operator +(CompletionCounts left, CompletionCounts right)
    {
        ArgumentNullException.ThrowIfNull(left);
        return left.Add(right);
    }

    /// <summary>Counts the activities of a completion report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The counts.</returns>
    public static CompletionCounts Of(CompletionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(report.Count(CompletionState.CompletedOnTime), report.Count(CompletionState.CompletedLate), report.Count(CompletionState.OnTrack),
            report.Count(CompletionState.Slipping), report.Count(CompletionState.NotInBaseline));
    }

    /// <summary>Adds another count.</summary>
    /// <param name="other">The other count.</param>
    /// <returns>The sum.</returns>
    public CompletionCounts Add(CompletionCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(CompletedOnTime + other.CompletedOnTime, CompletedLate + other.CompletedLate, OnTrack + other.OnTrack, Slipping + other.Slipping, NotInBaseline + other.NotInBaseline);
    }
}

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
    /// <param name="performance">The project's time-phased performance, at any level; it is rolled up to the project.</param>
    /// <exception cref="ArgumentException">The performance holds another project's cells.</exception>
    public ProjectAggregate(ProjectId project, string name, TimePhasedPerformance performance)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(performance);
        Project = project;
        Name = name;
        Performance = performance.RollUp(RollUpLevel.Project);
        ProjectId? other = Performance.Elements.Select(e => (ProjectId?)e.Project).FirstOrDefault(p => p != project);
        if (other is not null)
        {
            throw new ArgumentException($"The performance of project '{project}' holds cells of project '{other}'.", nameof(performance));
        }
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
        if (other.Project != Project)
        {
            throw new ArgumentException($"Cannot merge project '{other.Project}' into project '{Project}'.", nameof(other));
        }
        return new ProjectAggregate(Project, string.CompareOrdinal(Name, other.Name) <= 0 ? Name : other.Name, Performance.Merge(other.Performance))
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
    public EarnedValueMeasures MeasuresAt(ReportingPeriod period) => Performance.MeasuresAt(ControlElement.ForProject(Project), period);

    /// <inheritdoc />
    public bool Equals(ProjectAggregate? other) =>
        other is not null && Project == other.Project && Name == other.Name && Performance.Equals(other.Performance) &&
        Warnings.SequenceEqual(other.Warnings) && Completion == other.Completion && Ageing.SequenceEqual(other.Ageing) &&
        Finish == other.Finish && P80Finish == other.P80Finish;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ProjectAggregate);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Project, Performance, Completion);

    /// <summary>Returns the project and its status.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Project} ({Name}): {Status}, {Warnings.Length} warnings";

    private static LocalDateTime? Later(LocalDateTime? a, LocalDateTime? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static ImmutableArray<AgeingLine> MergeAgeing(ImmutableArray<AgeingLine> a, ImmutableArray<AgeingLine> b) =>
        [.. a.Concat(b).GroupBy(l => l.Bucket).OrderBy(g => g.Key).Select(g => new AgeingLine(g.Key, g.Sum(l => l.Invoices), g.Skip(1).Aggregate(g.First().Amount, (sum, l) => sum + l.Amount)))];
}

/// <summary>One project's line in the portfolio summary.</summary>
/// <param name="Project">The project.</param>
/// <param name="Name">Its name.</param>
/// <param name="Status">Its red-amber-green status.</param>
/// <param name="Measures">Its earned-value measures at the status period.</param>
/// <param name="Warnings">How many warnings it has.</param>
/// <param name="Finish">Its forecast finish, if known.</param>
/// <param name="P80Finish">Its P80 finish, if known.</param>
public sealed record PortfolioSummaryLine(ProjectId Project, string Name, RagStatus Status, EarnedValueMeasures Measures, int Warnings, LocalDateTime? Finish, LocalDateTime? P80Finish);

/// <summary>
/// The portfolio aggregate: one <see cref="ProjectAggregate"/> per project. Merging is associative and commutative, and
/// aggregates of the same project merge, so a host can compute projects (or parts of them) in parallel or on separate
/// machines and merge the results in any order without loss.
/// </summary>
public sealed class PortfolioAggregate : IEquatable<PortfolioAggregate>
{
    private PortfolioAggregate(Currency currency, PeriodUnit unit, ImmutableSortedDictionary<ProjectId, ProjectAggregate> projects)
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
    public TimePhasedPerformance Performance => Projects.Aggregate(TimePhasedPerformance.Empty(Currency, Unit), (sum, p) => sum.Merge(p.Performance)).RollUp(RollUpLevel.Portfolio);

    /// <summary>Gets every warning, in report order.</summary>
    public IEnumerable<EarlyWarning> Warnings => Projects.SelectMany(p => p.Warnings);

    /// <summary>Returns an empty portfolio.</summary>
    /// <param name="currency">The currency.</param>
    /// <param name="unit">The reporting period.</param>
    /// <returns>The portfolio.</returns>
    public static PortfolioAggregate Empty(Currency currency, PeriodUnit unit) => new(currency, unit, ImmutableSortedDictionary<ProjectId, ProjectAggregate>.Empty);

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
        ProjectAggregate merged = ByProject.TryGetValue(project.Project, out ProjectAggregate? existing) ? existing.Merge(project) : project;
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
        [.. Projects.Select(p => new PortfolioSummaryLine(p.Project, p.Name, p.Status, p.MeasuresAt(period), p.Warnings.Length, p.Finish, p.P80Finish))];

    /// <inheritdoc />
    public bool Equals(PortfolioAggregate? other) =>
        other is not null && Unit == other.Unit && ByProject.Count == other.ByProject.Count &&
        ByProject.All(p => other.ByProject.TryGetValue(p.Key, out ProjectAggregate? q) && p.Value.Equals(q));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PortfolioAggregate);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Unit, ByProject.Count);

    /// <summary>Returns the number of projects and their statuses.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{ByProject.Count} projects: {Projects.Count(p => p.Status == RagStatus.Red)} red, {Projects.Count(p => p.Status == RagStatus.Amber)} amber, {Projects.Count(p => p.Status == RagStatus.Green)} green";
}
