using System;
using System.Collections.Immutable;
using NodaTime;
using Pso.Domain.Periods;
using Pso.Domain.Scheduling.Baselines;
using Pso.Domain.Scheduling.Cpm;

namespace Pso.Domain.Reporting;

/// <summary>What a report shows of one project besides its aggregate: its schedule against the baseline (the Gantt
/// chart), its schedule risk, costs and completion. Every part is optional.</summary>
/// <param name="Project">The project.</param>
public sealed record ProjectSection(ProjectId Project)
{
    /// <summary>Gets the current schedule, for the Gantt chart.</summary>
    public ScheduleResult? Schedule { get; init; }

    /// <summary>Gets the baseline, drawn under the current bars.</summary>
    public Baseline? Baseline { get; init; }

    /// <summary>Gets the schedule risk analysis, for the finish distribution.</summary>
    public ScheduleRiskResult? Risk { get; init; }

    /// <summary>Gets the cost report.</summary>
    public CostReport? Costs { get; init; }

    /// <summary>Gets the completion report.</summary>
    public CompletionReport? Completion { get; init; }

    /// <summary>Gets the cost forecast.</summary>
    public CostForecast? CostForecast { get; init; }

    /// <summary>Gets the finish forecast.</summary>
    public FinishForecast? FinishForecast { get; init; }
}

/// <summary>
/// A portfolio report at a status date: the portfolio aggregate (summary, warnings, S-curves) with the sections of
/// each project and the resource report. The renderers (<see cref="HtmlReportWriter"/>, <see cref="ReportTables"/>
/// with <see cref="ReportWriter"/>) draw it.
/// </summary>
/// <param name="Title">The report's title.</param>
/// <param name="StatusDate">The status date.</param>
/// <param name="Portfolio">The portfolio aggregate.</param>
public sealed record PortfolioReport(string Title, LocalDate StatusDate, PortfolioAggregate Portfolio)
{
    /// <summary>Gets the sections of the projects that have more to show than their aggregate.</summary>
    public ImmutableArray<ProjectSection> Sections { get; init; } = [];

    /// <summary>Gets the resource report, for the capacity heat map.</summary>
    public ResourceReport? Resources { get; init; }

    /// <summary>Gets the reporting calendar that places the status date in a period.</summary>
    public ReportingCalendar Calendar { get; init; } = ReportingCalendar.Default;

    /// <summary>Gets the period that holds the status date.</summary>
    public ReportingPeriod StatusPeriod => Calendar.PeriodOf(StatusDate, Portfolio.Unit);

    /// <summary>Gets the portfolio summary at the status period.</summary>
    public ImmutableArray<PortfolioSummaryLine> Summary => Portfolio.SummaryAt(StatusPeriod);

    /// <summary>Returns the section of a project, if it has one.</summary>
    /// <param name="project">The project.</param>
    /// <returns>The section, or null.</returns>
    public ProjectSection? SectionOf(ProjectId project)
    {
        foreach (ProjectSection section in Sections)
        {
            if (section.Project == project)
            {
                return section;
            }
        }
        return null;
    }
}
