using Pso.Domain.Reporting.Forecasts;
using Pso.Domain.Reporting.Reports;
using Pso.Domain.Reporting.Risk;
using Pso.Domain.Scheduling.Baselines;
using Pso.Domain.Scheduling.Cpm;

namespace Pso.Domain.Reporting.Rendering;

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
