using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using Pso.Domain.Reporting.Forecasts;
using Pso.Domain.Reporting.Reports;
using Pso.Domain.Reporting.Risk;
using Pso.Domain.Reporting.TimePhased;
using Pso.Domain.Reporting.Warnings;

namespace Pso.Domain.Reporting.Rendering;

/// <summary>Turns every report into a <see cref="ReportTable"/>, for CSV, Markdown, JSON tables and HTML.</summary>
public static class ReportTables
{
    /// <summary>The portfolio summary: one row per project with its status and earned-value measures.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The table.</returns>
    public static ReportTable Summary(PortfolioReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ReportTable(
            $"Portfolio summary at {report.StatusDate:uuuu-MM-dd} ({report.Portfolio.Currency})",
            [
                "Project",
                "Name",
                "Status",
                "BAC",
                "PV",
                "EV",
                "AC",
                "SV",
                "CV",
                "SPI",
                "CPI",
                "EAC",
                "VAC",
                "Warnings",
                "Finish",
                "P80 finish",
            ],
            report.Summary.Select(l =>
                new[]
                {
                    l.Project.ToString(),
                    l.Name,
                    l.Status.ToString(),
                    Amount(l.Measures.BudgetAtCompletion),
                    Amount(l.Measures.PlannedValue),
                    Amount(l.Measures.EarnedValue),
                    Amount(l.Measures.ActualCost),
                    Amount(l.Measures.ScheduleVariance),
                    Amount(l.Measures.CostVariance),
                    Index(l.Measures.SchedulePerformanceIndex),
                    Index(l.Measures.CostPerformanceIndex),
                    Amount(l.Measures.EstimateAtCompletion),
                    Amount(l.Measures.VarianceAtCompletion),
                    Number(l.Warnings),
                    Date(l.Finish),
                    Date(l.P80Finish),
                }
            )
        );
    }

    /// <summary>The warnings, most severe first within each project.</summary>
    /// <param name="warnings">The warnings.</param>
    /// <returns>The table.</returns>
    public static ReportTable Warnings(IEnumerable<EarlyWarning> warnings)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        return new ReportTable(
            "Early warnings",
            ["Project", "Severity", "Rule", "Reason", "Figures"],
            warnings
                .Order(EarlyWarning.ReportOrder)
                .Select(w =>
                    new[]
                    {
                        w.Project.ToString(),
                        w.Severity.ToString(),
                        w.Rule,
                        w.Reason,
                        string.Join(
                            "; ",
                            w.Figures.Select(f =>
                                $"{f.Key} = {Number(decimal.Round(f.Value, 2, MidpointRounding.AwayFromZero))}"
                            )
                        ),
                    }
                )
        );
    }

    /// <summary>Time-phased performance: one row per element and period.</summary>
    /// <param name="performance">The performance.</param>
    /// <returns>The table.</returns>
    public static ReportTable Performance(TimePhasedPerformance performance)
    {
        ArgumentNullException.ThrowIfNull(performance);
        return new ReportTable(
            $"Performance by {performance.Unit} ({performance.Currency})",
            [
                "Level",
                "Project",
                "Element",
                "Period",
                "Start",
                "End",
                "PV",
                "EV",
                "AC",
                "Hours worked",
                "Hours available",
                "Utilisation",
            ],
            performance.Cells.Select(c =>
                new[]
                {
                    c.Element.Level.ToString(),
                    c.Element.Project.ToString(),
                    c.Element.Code,
                    c.Period.Label,
                    Date(c.Period.Start),
                    Date(c.Period.End),
                    Amount(c.PlannedValue),
                    Amount(c.EarnedValue),
                    Amount(c.ActualCost),
                    Number(c.ActualHours.Hours),
                    Number(c.CapacityHours.Hours),
                    Index(c.Utilisation),
                }
            )
        );
    }

    /// <summary>The cost report: one row per cost account and period, then the totals.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The table.</returns>
    public static ReportTable Costs(CostReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        string burn =
            $"burn rate {Amount(report.BurnRate)} per {report.Unit.ToString().ToLowerInvariant()}"
            + (
                report.PeriodsOfBudgetLeft is decimal left
                    ? $", budget left for {left.ToString("0.0", CultureInfo.InvariantCulture)} periods"
                    : ""
            );
        return new ReportTable(
            $"Costs by cost account and {report.Unit.ToString().ToLowerInvariant()} ({report.Currency}; {burn})",
            ["Cost account", "Period", "Budget", "Actual", "Committed", "Forecast", "Variance"],
            report
                .Rows.Select(r =>
                    new[]
                    {
                        r.Account?.ToString() ?? "(unassigned)",
                        r.Period.Label,
                        Amount(r.Budget),
                        Amount(r.Actual),
                        Amount(r.Committed),
                        Amount(r.Forecast),
                        Amount(r.Budget - r.Actual),
                    }
                )
                .Append([
                    "Total",
                    "",
                    Amount(report.Budget),
                    Amount(report.Actual),
                    Amount(report.Committed),
                    Amount(report.Forecast),
                    Amount(report.Budget - report.Actual),
                ])
        );
    }

    /// <summary>Invoice ageing: one row per currency and bucket.</summary>
    /// <param name="ageing">The ageing, per currency.</param>
    /// <returns>The table.</returns>
    public static ReportTable Ageing(IEnumerable<InvoiceAgeing> ageing)
    {
        ArgumentNullException.ThrowIfNull(ageing);
        return new ReportTable(
            "Invoice ageing (unpaid, by days past due)",
            ["Currency", "Bucket", "Invoices", "Amount"],
            ageing.SelectMany(a =>
                a.Buckets.Select(b =>
                    new[] { a.Currency.Code, BucketName(b.Bucket), Number(b.Invoices), Amount(b.Amount) }
                )
            )
        );
    }

    /// <summary>Resource utilisation: one row per person and period, then over-allocations.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The table.</returns>
    public static ReportTable Utilisation(ResourceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ReportTable(
            $"Utilisation by person and {report.Unit.ToString().ToLowerInvariant()}",
            ["Person", "Period", "Capacity (h)", "Booked (h)", "Tentative (h)", "Utilisation", "Over-allocated by (h)"],
            report.ByResource.Select(l =>
                new[]
                {
                    l.Key.ToString(),
                    l.Period.Label,
                    Number(l.Capacity.Hours),
                    Number(l.Booked.Hours),
                    Number(l.TentativelyBooked.Hours),
                    Index(l.Utilisation),
                    Number(
                        report
                            .Overallocations.Where(o => o.Resource == l.Key && o.Period == l.Period)
                            .Sum(o => o.Excess.Hours)
                    ),
                }
            )
        );
    }

    /// <summary>Capacity against demand by role: one row per role and period.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The table.</returns>
    public static ReportTable CapacityVersusDemand(ResourceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ReportTable(
            "Capacity against demand by role",
            ["Role", "Period", "Capacity (h)", "Demand (h)", "Staffed (h)", "Unstaffed (h)", "Shortfall (h)"],
            report.RoleCapacityVersusDemand.Select(c =>
                new[]
                {
                    c.Key.ToString(),
                    c.Period.Label,
                    Number(c.Capacity.Hours),
                    Number(c.Demand.Hours),
                    Number(c.Staffed.Hours),
                    Number(c.Unstaffed.Hours),
                    Number(c.Shortfall.Hours),
                }
            )
        );
    }

    /// <summary>Task completion: one row per activity.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The table.</returns>
    public static ReportTable Completion(CompletionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ReportTable(
            $"Task completion of {report.Project} against the baseline",
            ["Activity", "Name", "Milestone", "State", "Baseline finish", "Finish", "Finish variance (h)"],
            report.Activities.Select(a =>
                new[]
                {
                    a.Activity.ToString(),
                    a.Name,
                    a.IsMilestone ? "yes" : "no",
                    a.State.ToString(),
                    DateTime(a.BaselineFinish),
                    DateTime(a.Finish),
                    Number((decimal)a.FinishVariance.TotalHours),
                }
            )
        );
    }

    /// <summary>Task completion counted by state.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The table.</returns>
    public static ReportTable CompletionSummary(CompletionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ReportTable(
            $"Task completion of {report.Project}",
            ["State", "Activities"],
            Enum.GetValues<CompletionState>().Select(s => new[] { s.ToString(), Number(report.Count(s)) })
        );
    }

    /// <summary>Milestone trends: one row per milestone and status date.</summary>
    /// <param name="trends">The trends.</param>
    /// <returns>The table.</returns>
    public static ReportTable MilestoneTrends(IEnumerable<MilestoneTrend> trends)
    {
        ArgumentNullException.ThrowIfNull(trends);
        return new ReportTable(
            "Milestone trend",
            ["Milestone", "Name", "Status date", "Forecast finish", "Slipping"],
            trends.SelectMany(t =>
                t.Points.Select(p =>
                    new[]
                    {
                        t.Milestone.ToString(),
                        t.Name,
                        Date(p.StatusDate),
                        DateTime(p.Forecast),
                        t.IsSlipping ? "yes" : "no",
                    }
                )
            )
        );
    }

    /// <summary>Schedule risk: the finish percentiles, then the activities that drive the finish most.</summary>
    /// <param name="risk">The analysis.</param>
    /// <param name="drivers">How many activities to list.</param>
    /// <returns>The table.</returns>
    public static ReportTable Risk(ScheduleRiskResult risk, int drivers = 10)
    {
        ArgumentNullException.ThrowIfNull(risk);
        IEnumerable<string[]> finishes = new[] { risk.Finish }
            .Concat(risk.Milestones)
            .Select(f =>
                new[]
                {
                    f.Milestone?.ToString() ?? "project finish",
                    DateTime(f.Deterministic),
                    DateTime(f.P50),
                    DateTime(f.P80),
                    DateTime(f.P90),
                    "",
                    "",
                }
            );
        IEnumerable<string[]> activities = risk.Tornado(drivers)
            .Select(a =>
                new[]
                {
                    a.Activity.ToString(),
                    "",
                    "",
                    "",
                    "",
                    Index(a.CriticalityIndex),
                    a.Sensitivity.ToString("0.000", CultureInfo.InvariantCulture),
                }
            );
        return new ReportTable(
            $"Schedule risk of {risk.Project}: {risk.Iterations} iterations, {risk.Distribution}, seed {risk.Seed}",
            ["Finish or activity", "Deterministic", "P50", "P80", "P90", "Criticality", "Sensitivity"],
            finishes.Concat(activities)
        );
    }

    /// <summary>Forecasts of cost and finish with their bands.</summary>
    /// <param name="cost">The cost forecast, if any.</param>
    /// <param name="finish">The finish forecast, if any.</param>
    /// <returns>The table.</returns>
    public static ReportTable Forecasts(CostForecast? cost, FinishForecast? finish)
    {
        var rows = new List<string[]>();
        if (cost is not null)
        {
            rows.Add([
                "Estimate at completion (CPI trend)",
                Amount(cost.EstimateAtCompletion),
                Amount(cost.Low),
                cost.High is Money high ? Amount(high) : "unbounded",
                Index(cost.Confidence),
                Number(cost.Points),
            ]);
        }
        if (finish is not null)
        {
            rows.Add([
                $"Finish (SPI(t) trend, {finish.EstimatedDuration.ToString("0.0", CultureInfo.InvariantCulture)} "
                    + "periods)",
                finish.Expected.Label,
                finish.Early.Label,
                finish.Late?.Label ?? "unbounded",
                Index(finish.Confidence),
                Number(finish.Points),
            ]);
        }
        return new ReportTable(
            "Forecasts",
            ["Forecast", "Expected", "Low / early", "High / late", "Confidence", "Periods fitted"],
            rows
        );
    }

    private static string BucketName(AgeingBucket bucket) =>
        bucket switch
        {
            AgeingBucket.NotYetDue => "not yet due",
            AgeingBucket.Days0To30 => "0-30 days",
            AgeingBucket.Days31To60 => "31-60 days",
            AgeingBucket.Days61To90 => "61-90 days",
            _ => "over 90 days",
        };

    /// <summary>Money as a person reads it: rounded to the currency's minor unit, a midpoint away from zero, with
    /// exactly its digits (the exact amounts stay in the data: JSON).</summary>
    private static string Amount(Money money) => ShownMoney.Amount(money);

    private static string Amount(Money? money) => money is Money m ? Amount(m) : "";

    /// <summary>An index or a ratio, to two decimals.</summary>
    private static string Index(decimal? value) =>
        value is decimal v
            ? decimal.Round(v, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture)
            : "";

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Date(LocalDateTime? date) =>
        date is LocalDateTime d ? d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : "";

    private static string DateTime(LocalDateTime? date) =>
        date is LocalDateTime d ? d.ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture) : "";
}
