using System.Collections.Immutable;
using NodaTime;
using Pso.Domain.Periods;
using Pso.Domain.Reporting.Portfolio;
using Pso.Domain.Reporting.Reports;

namespace Pso.Domain.Reporting.Rendering;

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

    /// <summary>Gets the levelled portfolio: its Gantt charts over the unlevelled dates and its capacity before and
    /// after levelling, if the report shows one.</summary>
    public LevellingSection? Levelling { get; init; }

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
