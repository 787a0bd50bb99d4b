using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NodaTime;
using Pso.Domain.Costs.Procurement;
using Pso.Domain.Reporting.Rendering;
using Pso.Domain.Resources.Capacity;

namespace Pso.Domain.Reporting.Warnings;

/// <summary>The built-in early-warning rules and their names.</summary>
public static class EarlyWarningRules
{
    /// <summary>The name of the rule on the cost performance index.</summary>
    public const string CostPerformanceName = "cost-performance";

    /// <summary>The name of the rule on the schedule performance index in time, SPI(t).</summary>
    public const string SchedulePerformanceName = "schedule-performance";

    /// <summary>The name of the rule on total float eroding.</summary>
    public const string FloatErosionName = "float-erosion";

    /// <summary>The name of the rule on budget burning ahead of progress.</summary>
    public const string BurnAheadOfProgressName = "burn-ahead-of-progress";

    /// <summary>The name of the rule on the P80 finish against the deadline.</summary>
    public const string FinishRiskName = "finish-risk";

    /// <summary>The name of the rule on over-allocated critical resources.</summary>
    public const string CriticalResourcesName = "critical-resources";

    /// <summary>The name of the rule on overdue invoices.</summary>
    public const string OverdueInvoicesName = "overdue-invoices";

    /// <summary>Gets the rule that warns when the CPI falls under its thresholds.</summary>
    public static IEarlyWarningRule CostPerformance { get; } = new Rule(CostPerformanceName, CostPerformanceWarnings);

    /// <summary>Gets the rule that warns when SPI(t) falls under its thresholds.</summary>
    public static IEarlyWarningRule SchedulePerformance { get; } =
        new Rule(SchedulePerformanceName, SchedulePerformanceWarnings);

    /// <summary>Gets the rule that warns when total float erodes since the previous status date, and critically when
    /// it is negative.</summary>
    public static IEarlyWarningRule FloatErosion { get; } = new Rule(FloatErosionName, FloatErosionWarnings);

    /// <summary>Gets the rule that warns when the share of the budget spent runs ahead of the share of the work
    /// earned.</summary>
    public static IEarlyWarningRule BurnAheadOfProgress { get; } = new Rule(BurnAheadOfProgressName, BurnWarnings);

    /// <summary>Gets the rule that warns when the P80 finish of the schedule risk analysis is past the deadline, and
    /// critically when the P50 finish is.</summary>
    public static IEarlyWarningRule FinishRisk { get; } = new Rule(FinishRiskName, FinishRiskWarnings);

    /// <summary>Gets the rule that warns when a critical resource is over-allocated.</summary>
    public static IEarlyWarningRule CriticalResources { get; } =
        new Rule(CriticalResourcesName, CriticalResourceWarnings);

    /// <summary>Gets the rule that warns of unpaid invoices past their due date.</summary>
    public static IEarlyWarningRule OverdueInvoices { get; } = new Rule(OverdueInvoicesName, OverdueInvoiceWarnings);

    /// <summary>Gets every built-in rule.</summary>
    public static ImmutableArray<IEarlyWarningRule> All { get; } =
    [
        CostPerformance,
        SchedulePerformance,
        FloatErosion,
        BurnAheadOfProgress,
        FinishRisk,
        CriticalResources,
        OverdueInvoices,
    ];

    private static string Format(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static IEnumerable<EarlyWarning> CostPerformanceWarnings(ProjectStatus status, WarningThresholds thresholds)
    {
        if (
            status.EarnedValue is not { CostPerformanceIndex: decimal cpi } measures
            || cpi >= thresholds.CostPerformanceWarning
        )
        {
            yield break;
        }
        bool critical = cpi < thresholds.CostPerformanceCritical;
        decimal threshold = critical ? thresholds.CostPerformanceCritical : thresholds.CostPerformanceWarning;
        string forecast = measures.EstimateAtCompletion is Money eac
            ? $"; at this rate it finishes at {ShownMoney.Text(eac)} against a budget of "
                + $"{ShownMoney.Text(measures.BudgetAtCompletion)}"
            : "";
        yield return new EarlyWarning(
            CostPerformanceName,
            status.Project,
            critical ? WarningSeverity.Critical : WarningSeverity.Warning,
            $"CPI is {Format(cpi)} (under {Format(threshold)}): each unit spent earns {Format(cpi)} of planned "
                + $"work{forecast}.",
            [
                new("CPI", cpi),
                new("threshold", threshold),
                new("EV", measures.EarnedValue.Amount),
                new("AC", measures.ActualCost.Amount),
            ]
        );
    }

    private static IEnumerable<EarlyWarning> SchedulePerformanceWarnings(
        ProjectStatus status,
        WarningThresholds thresholds
    )
    {
        if (
            status.EarnedSchedule is not { SchedulePerformanceIndexInTime: decimal spi } measures
            || spi >= thresholds.SchedulePerformanceWarning
        )
        {
            yield break;
        }
        bool critical = spi < thresholds.SchedulePerformanceCritical;
        decimal threshold = critical ? thresholds.SchedulePerformanceCritical : thresholds.SchedulePerformanceWarning;
        string finish = measures.IndependentEstimateAtCompletionInTime is decimal ieac
            ? $"; at this pace the work takes {Format(ieac)} periods against {Format(measures.PlannedDuration)} planned"
            : "";
        yield return new EarlyWarning(
            SchedulePerformanceName,
            status.Project,
            critical ? WarningSeverity.Critical : WarningSeverity.Warning,
            $"SPI(t) is {Format(spi)} (under {Format(threshold)}): the work done by now was planned "
                + $"{Format(-measures.ScheduleVarianceInTime)} periods earlier{finish}.",
            [
                new("SPI(t)", spi),
                new("threshold", threshold),
                new("ES", measures.EarnedSchedule),
                new("AT", measures.ActualTime),
            ]
        );
    }

    private static IEnumerable<EarlyWarning> FloatErosionWarnings(ProjectStatus status, WarningThresholds thresholds)
    {
        if (status.TotalFloat is not Duration now)
        {
            yield break;
        }
        // Float is working time: it is read in working days of its calendar, not in 24-hour days.
        decimal Days(Duration time) =>
            status.WorkingDay > Duration.Zero
                ? decimal.Round(
                    (decimal)time.BclCompatibleTicks / status.WorkingDay.BclCompatibleTicks,
                    2,
                    MidpointRounding.AwayFromZero
                )
                : (decimal)time.TotalDays;
        decimal days = Days(now);
        if (now < Duration.Zero)
        {
            yield return new EarlyWarning(
                FloatErosionName,
                status.Project,
                WarningSeverity.Critical,
                $"Total float is negative ({Format(days)} working days): the critical path cannot meet the dates it "
                    + "is held to.",
                [new("total float (days)", days)]
            );
        }
        else if (status.PreviousTotalFloat is Duration before && before - now >= thresholds.FloatErosionWarning)
        {
            decimal lost = Days(before - now);
            yield return new EarlyWarning(
                FloatErosionName,
                status.Project,
                WarningSeverity.Warning,
                $"Total float fell by {Format(lost)} working days to {Format(days)} since the previous status date.",
                [
                    new("total float (days)", days),
                    new("previous total float (days)", Days(before)),
                    new("lost (days)", lost),
                ]
            );
        }
    }

    private static IEnumerable<EarlyWarning> BurnWarnings(ProjectStatus status, WarningThresholds thresholds)
    {
        if (status.EarnedValue is not { } measures || measures.BudgetAtCompletion.Amount == 0m)
        {
            yield break;
        }
        decimal spent = measures.ActualCost.Amount / measures.BudgetAtCompletion.Amount;
        decimal earned = measures.EarnedValue.Amount / measures.BudgetAtCompletion.Amount;
        decimal ahead = spent - earned;
        if (ahead <= thresholds.BurnAheadOfProgressWarning)
        {
            yield break;
        }
        bool critical = ahead > thresholds.BurnAheadOfProgressCritical;
        yield return new EarlyWarning(
            BurnAheadOfProgressName,
            status.Project,
            critical ? WarningSeverity.Critical : WarningSeverity.Warning,
            $"{spent:P0} of the budget is spent for {earned:P0} of the work earned.",
            [
                new("spent share", spent),
                new("earned share", earned),
                new(
                    "threshold",
                    critical ? thresholds.BurnAheadOfProgressCritical : thresholds.BurnAheadOfProgressWarning
                ),
            ]
        );
    }

    private static IEnumerable<EarlyWarning> FinishRiskWarnings(ProjectStatus status, WarningThresholds thresholds)
    {
        if (status.Risk is not { } risk || status.Deadline is not LocalDateTime deadline || risk.Finish.P80 <= deadline)
        {
            yield break;
        }
        bool critical = risk.Finish.P50 > deadline;
        decimal chance = risk.Finish.ChanceBy(deadline);
        yield return new EarlyWarning(
            FinishRiskName,
            status.Project,
            critical ? WarningSeverity.Critical : WarningSeverity.Warning,
            $"The P80 finish {risk.Finish.P80:uuuu-MM-dd} is past the deadline {deadline:uuuu-MM-dd}: {chance:P0} of "
                + $"{risk.Iterations} simulated schedules meet it.",
            [new("chance of the deadline", chance), new("iterations", risk.Iterations)]
        );
    }

    private static IEnumerable<EarlyWarning> CriticalResourceWarnings(
        ProjectStatus status,
        WarningThresholds thresholds
    )
    {
        foreach (
            IGrouping<ResourceId, Overallocation> person in status
                .CriticalResourceOverallocations.GroupBy(o => o.Resource)
                .OrderBy(g => g.Key)
        )
        {
            decimal excess = person.Sum(o => o.Excess.Hours);
            bool critical = person.Any(o => o.Severity == OverallocationSeverity.Critical);
            yield return new EarlyWarning(
                CriticalResourcesName,
                status.Project,
                critical ? WarningSeverity.Critical : WarningSeverity.Warning,
                $"{person.Key} is over-allocated in {person.Count()} period(s) from "
                    + $"{person.Min(o => o.Period.Start):uuuu-MM-dd}, by {Format(excess)} hours in all.",
                [new("periods", person.Count()), new("excess hours", excess)]
            );
        }
    }

    private static IEnumerable<EarlyWarning> OverdueInvoiceWarnings(ProjectStatus status, WarningThresholds thresholds)
    {
        var overdue = status
            .Invoices.Where(i => i.Status != InvoiceStatus.Paid && i.Due is LocalDate due && due < status.StatusDate)
            .Select(i => (Invoice: i, Days: Period.DaysBetween(i.Due!.Value, status.StatusDate)))
            .ToList();
        if (overdue.Count == 0)
        {
            yield break;
        }
        int oldest = overdue.Max(o => o.Days);
        bool critical = oldest > thresholds.OverdueInvoiceCriticalDays;
        string totals = string.Join(
            ", ",
            overdue
                .GroupBy(o => o.Invoice.Total.Currency)
                .OrderBy(g => g.Key)
                .Select(g => ShownMoney.Text(Money.Sum(g.Select(o => o.Invoice.Total), g.Key)))
        );
        yield return new EarlyWarning(
            OverdueInvoicesName,
            status.Project,
            critical ? WarningSeverity.Critical : WarningSeverity.Warning,
            $"{overdue.Count} invoice(s) unpaid past their due date ({totals}); the oldest by {oldest} days.",
            [new("invoices", overdue.Count), new("oldest (days)", oldest)]
        );
    }

    private sealed class Rule(string name, Func<ProjectStatus, WarningThresholds, IEnumerable<EarlyWarning>> evaluate)
        : IEarlyWarningRule
    {
        public string Name => name;

        public IEnumerable<EarlyWarning> Evaluate(ProjectStatus status, WarningThresholds thresholds) =>
            evaluate(status, thresholds);
    }
}
