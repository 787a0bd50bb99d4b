using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Pso.Domain.Calendars;
using Pso.Domain.Costs;
using Pso.Domain.Costs.Actuals;
using Pso.Domain.Costs.Budgets;
using Pso.Domain.Costs.Procurement;
using Pso.Domain.Periods;
using Pso.Domain.Reporting.Forecasts;
using Pso.Domain.Reporting.Portfolio;
using Pso.Domain.Reporting.Rendering;
using Pso.Domain.Reporting.Reports;
using Pso.Domain.Reporting.Risk;
using Pso.Domain.Reporting.TimePhased;
using Pso.Domain.Reporting.Warnings;
using Pso.Domain.Scheduling;
using Pso.Domain.Scheduling.Baselines;
using Pso.Domain.Scheduling.Cpm;
using Pso.Domain.Testing;
using static Pso.Domain.Reporting.Tests.Amounts;

namespace Pso.Domain.Reporting.Tests;

public class EarlyWarningTests
{
    private static readonly ProjectId P = new("P");
    private static readonly LocalDate Today = new(2026, 3, 2);

    [Fact]
    public void A_low_cpi_is_a_warning_and_a_lower_one_critical_with_the_numbers_behind_it()
    {
        var engine = new EarlyWarningEngine([EarlyWarningRules.CostPerformance]);
        EarlyWarning warning = engine
            .Evaluate(
                new ProjectStatus(P, Today)
                {
                    EarnedValue = new EarnedValueMeasures(Usd(100_000), Usd(50_000), Usd(40_000), Usd(43_000)),
                }
            )
            .Single();
        EarlyWarning critical = engine
            .Evaluate(
                new ProjectStatus(P, Today)
                {
                    EarnedValue = new EarnedValueMeasures(Usd(100_000), Usd(50_000), Usd(40_000), Usd(45_000)),
                }
            )
            .Single();

        Assert.Equal(WarningSeverity.Warning, warning.Severity);
        Assert.Equal(WarningSeverity.Critical, critical.Severity);
        Assert.Contains("CPI is 0.89", critical.Reason, StringComparison.Ordinal);
        Assert.Contains("112500", critical.Reason.Replace(",", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(0.90m, critical.Figures.Single(f => f.Key == "threshold").Value);
        Assert.Empty(
            engine.Evaluate(
                new ProjectStatus(P, Today)
                {
                    EarnedValue = new EarnedValueMeasures(Usd(100), Usd(50), Usd(40), Usd(40)),
                }
            )
        );
    }

    [Fact]
    public void Float_erosion_states_float_in_working_days_of_its_calendar()
    {
        var engine = new EarlyWarningEngine([EarlyWarningRules.FloatErosion]);
        EarlyWarning eightHours = engine
            .Evaluate(new ProjectStatus(P, Today) { TotalFloat = Duration.FromHours(-38) })
            .Single();
        EarlyWarning sevenAndAHalf = engine
            .Evaluate(
                new ProjectStatus(P, Today)
                {
                    TotalFloat = Duration.FromHours(-38),
                    WorkingDay = Duration.FromMinutes(450),
                }
            )
            .Single();

        Assert.Contains("(-4.75 working days)", eightHours.Reason, StringComparison.Ordinal);
        Assert.Equal(-4.75m, eightHours.Figures.Single(f => f.Key == "total float (days)").Value);
        Assert.Contains("(-5.07 working days)", sevenAndAHalf.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Money_in_a_warning_is_rounded_to_the_currencys_minor_unit()
    {
        var engine = new EarlyWarningEngine([EarlyWarningRules.CostPerformance]);
        Money Eur(decimal amount) => Money.Of(amount, "EUR");
        // EAC = 39,020 + 26,600 x 39,020 / 31,000 = 72,501.677419354838709677419355 (to 28 digits).
        EarlyWarning warning = engine
            .Evaluate(
                new ProjectStatus(P, Today)
                {
                    EarnedValue = new EarnedValueMeasures(Eur(57_600), Eur(40_000), Eur(31_000), Eur(39_020)),
                }
            )
            .Single();

        Assert.Contains(
            "finishes at EUR 72501.68 against a budget of EUR 57600.00.",
            warning.Reason,
            StringComparison.Ordinal
        );
        Assert.Equal("JPY 1235", ShownMoney.Text(Money.Of(1234.5m, "JPY")));
        Assert.Equal("BHD -0.123", ShownMoney.Text(Money.Of(-0.1225m, "BHD")));
    }

    [Fact]
    public void Tables_show_money_to_the_minor_unit_and_indices_to_two_decimals()
    {
        PortfolioReport report = ReportFixture.Create();
        ReportTable summary = ReportTables.Summary(report);
        int[] money =
        [
            .. new[] { "BAC", "PV", "EV", "AC", "SV", "CV", "EAC", "VAC" }.Select(c => summary.Columns.IndexOf(c)),
        ];
        int[] indices = [summary.Columns.IndexOf("SPI"), summary.Columns.IndexOf("CPI")];

        Assert.All(summary.Rows, row =>
        {
            Assert.All(money, c => Assert.Matches(@"^(-?\d+\.\d{2})?$", row[c]));
            Assert.All(indices, c => Assert.Matches(@"^(\d+\.\d{2})?$", row[c]));
        });
        Assert.All(ReportTables.Warnings(report.Portfolio.Warnings).Rows, row =>
            Assert.DoesNotMatch(@"\.\d{3}", row[4])
        );
    }

    [Fact]
    public void Each_built_in_rule_raises_its_warning_and_the_status_follows_the_worst()
    {
        EarnedScheduleMeasures late = EarnedScheduleMeasures.From(
            [.. new decimal[] { 10, 25, 45, 70, 90, 100 }.Select(Usd)],
            Usd(52),
            4
        );
        var status = new ProjectStatus(P, Today)
        {
            EarnedValue = new EarnedValueMeasures(Usd(100), Usd(60), Usd(30), Usd(45)),
            EarnedSchedule = late,
            TotalFloat = Duration.FromDays(1),
            PreviousTotalFloat = Duration.FromDays(5),
            Invoices =
            [
                new Invoice(new VendorId("Acme"), "INV-1", Today.PlusDays(-100), Usd(500))
                {
                    Due = Today.PlusDays(-70),
                },
                new Invoice(new VendorId("Acme"), "INV-2", Today, Usd(10)) { Due = Today.PlusDays(30) },
            ],
        };

        ImmutableArray<EarlyWarning> warnings = new EarlyWarningEngine().Evaluate(status);

        Assert.Equal(
            [
                EarlyWarningRules.CostPerformanceName,
                EarlyWarningRules.OverdueInvoicesName,
                EarlyWarningRules.SchedulePerformanceName,
                EarlyWarningRules.BurnAheadOfProgressName,
                EarlyWarningRules.FloatErosionName,
            ],
            warnings.Select(w => w.Rule)
        );
        Assert.Equal(RagStatus.Red, EarlyWarning.StatusOf(warnings));
        Assert.Equal(
            RagStatus.Amber,
            EarlyWarning.StatusOf(warnings.Where(w => w.Severity == WarningSeverity.Warning))
        );
        Assert.Equal(RagStatus.Green, EarlyWarning.StatusOf([]));
        Assert.Contains(
            "1 invoice(s)",
            warnings.Single(w => w.Rule == EarlyWarningRules.OverdueInvoicesName).Reason,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Thresholds_are_configurable_and_integrators_add_rules()
    {
        var measures = new EarnedValueMeasures(Usd(100), Usd(50), Usd(40), Usd(43));
        var strict = new EarlyWarningEngine(
            [EarlyWarningRules.CostPerformance],
            new WarningThresholds { CostPerformanceWarning = 0.9m, CostPerformanceCritical = 0.8m }
        );
        var custom = new EarlyWarningEngine([.. EarlyWarningRules.All, new NoOwnerRule()]);

        Assert.Empty(strict.Evaluate(new ProjectStatus(P, Today) { EarnedValue = measures }));
        Assert.Equal("no-owner", custom.Evaluate(new ProjectStatus(P, Today)).Single().Rule);
        Assert.Throws<ArgumentException>(() => new EarlyWarningEngine([new NoOwnerRule(), new NoOwnerRule()]));
    }

    [Fact]
    public void A_p80_past_the_deadline_is_raised()
    {
        var project = new Project(
            P,
            "P",
            WorkCalendar.Standard,
            new LocalDateTime(2026, 1, 5, 8, 0),
            [new Activity(new ActivityId("A"), "A", Duration.FromHours(40))],
            []
        );
        ScheduleRiskResult risk = new ScheduleRiskAnalysis(new ScheduleRiskOptions { Iterations = 300 }).Run(
            project,
            new Dictionary<ActivityId, ThreePointEstimate>
            {
                [new ActivityId("A")] = new(Duration.FromHours(32), Duration.FromHours(40), Duration.FromHours(120)),
            }
        );

        EarlyWarning warning = new EarlyWarningEngine([EarlyWarningRules.FinishRisk])
            .Evaluate(new ProjectStatus(P, Today) { Risk = risk, Deadline = risk.Finish.Deterministic })
            .Single();

        Assert.Contains("P80 finish", warning.Reason, StringComparison.Ordinal);
        Assert.Empty(
            new EarlyWarningEngine([EarlyWarningRules.FinishRisk]).Evaluate(
                new ProjectStatus(P, Today) { Risk = risk, Deadline = risk.Finish.P90 }
            )
        );
    }

    private sealed class NoOwnerRule : IEarlyWarningRule
    {
        public string Name => "no-owner";

        public IEnumerable<EarlyWarning> Evaluate(ProjectStatus status, WarningThresholds thresholds) =>
            [new EarlyWarning(Name, status.Project, WarningSeverity.Watch, "The project names no owner.")];
    }
}

public class CostAndCompletionTests
{
    private static readonly ProjectId P = new("P");

    [Fact]
    public void Invoices_are_aged_by_days_past_due_and_paid_ones_left_out()
    {
        var asOf = new LocalDate(2026, 6, 30);
        Invoice Due(int daysAgo, decimal amount) =>
            new(new VendorId("V"), $"I{daysAgo}", asOf.PlusDays(-daysAgo - 30), Usd(amount))
            {
                Due = asOf.PlusDays(-daysAgo),
            };
        Invoice[] invoices =
        [
            Due(-5, 1),
            Due(0, 2),
            Due(30, 4),
            Due(31, 8),
            Due(60, 16),
            Due(61, 32),
            Due(90, 64),
            Due(91, 128),
            Due(200, 256).Approve().Pay(asOf),
        ];

        InvoiceAgeing ageing = InvoiceAgeing.Of(invoices, asOf).Single();

        Assert.Equal([Usd(1), Usd(6), Usd(24), Usd(96), Usd(128)], ageing.Buckets.Select(b => b.Amount));
        Assert.Equal(Usd(254), ageing.Overdue);
        Assert.Equal(
            AgeingBucket.Days0To30,
            InvoiceAgeing.BucketOf(new Invoice(new VendorId("V"), "X", asOf.PlusDays(-40), Usd(1)), asOf)
        );
    }

    [Fact]
    public void The_cost_report_sets_budget_against_actual_committed_and_forecast_with_the_burn_rate()
    {
        var design = new CostAccountId("CA-DESIGN");
        var accounts = new CostAccountTree([new CostAccount(design, "Design")]);
        var budget = new Budget(
            BudgetVersion.Current,
            Currency.Usd,
            accounts,
            [
                new BudgetLine(
                    design,
                    new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31)),
                    Usd(9_000)
                ),
            ]
        );
        var actuals = ActualCosts.Collect(
            [],
            [
                new Expense(new ExpenseId("E1"), new LocalDate(2026, 1, 10), Usd(2_000), "travel", P)
                {
                    Account = design,
                },
                new Expense(new ExpenseId("E2"), new LocalDate(2026, 2, 10), Usd(4_000), "travel", P)
                {
                    Account = design,
                },
                new Expense(new ExpenseId("E3"), new LocalDate(2026, 2, 11), Usd(100), "misc", P),
            ],
            Currency.Usd,
            null
        );
        Commitment order = new(new CommitmentId("PO-1"), new VendorId("Acme"), new LocalDate(2026, 2, 1), P)
        {
            Lines = [new CommitmentLine(1, "Licences", 2, Usd(500)) { Account = design }],
        };

        CostReport report = CostReport.Build(
            budget,
            actuals,
            [order],
            new CostReportOptions(new LocalDate(2026, 2, 28)) { BurnPeriods = 2 }
        );

        Assert.Equal(Usd(9_000), report.Budget);
        Assert.Equal(Usd(6_100), report.Actual);
        Assert.Equal(Usd(1_000), report.Committed);
        Assert.Equal(Usd(3_050), report.BurnRate);
        Assert.Equal(Usd(4_000), report.Rows.Single(r => r.Account == design && r.Period.Start.Month == 2).Actual);
        Assert.Contains(report.Rows, r => r.Account is null && r.Actual == Usd(100));
        Assert.Equal(2_900m / 3_050m, report.PeriodsOfBudgetLeft);
    }

    [Fact]
    public void Completion_tells_on_time_late_and_slipping_apart_and_milestones_trend()
    {
        PortfolioReport report = ReportFixture.Create();
        CompletionReport completion = report.Sections.Single().Completion!;

        Assert.Equal(
            CompletionState.CompletedOnTime,
            completion.Activities.Single(a => a.Activity == new ActivityId("A")).State
        );
        Assert.Equal(
            CompletionState.Slipping,
            completion.Activities.Single(a => a.Activity == new ActivityId("B")).State
        );
        Assert.True(
            completion.Activities.Single(a => a.Activity == new ActivityId("M")).FinishVariance > Duration.Zero
        );

        ScheduleResult planned = new CpmScheduler().Schedule(
            report
                .Sections.Single()
                .Schedule!.Project.WithActivities(
                    report
                        .Sections.Single()
                        .Schedule!.Project.Activities.Select(a =>
                            a with
                            {
                                ActualStart = null,
                                ActualFinish = null,
                                PercentComplete = 0,
                            }
                        ),
                    null
                )
        );
        ImmutableArray<MilestoneTrend> trends = MilestoneTrend.From([
            (new LocalDate(2026, 1, 2), planned),
            (ReportFixture.StatusDate, report.Sections.Single().Schedule!),
        ]);
        Assert.True(trends.Single().IsSlipping);
    }

    [Fact]
    public void Forecasts_follow_the_trend_with_a_band()
    {
        var lines = new List<PerformanceLine>();
        var project = new ProjectId("F");
        decimal[] cpi = [1.00m, 0.95m, 0.91m, 0.86m, 0.82m];
        for (int week = 0; week < 10; week++)
        {
            LocalDate day = new LocalDate(2026, 1, 5).PlusWeeks(week);
            lines.Add(PerformanceLine.PlannedValue(project, day, Usd(10_000)));
            if (week < cpi.Length)
            {
                lines.Add(PerformanceLine.EarnedValue(project, day, Usd(8_000)));
                decimal cumulativeEv = 8_000m * (week + 1),
                    previousAc = week == 0 ? 0 : decimal.Round(8_000m * week / cpi[week - 1], 2);
                lines.Add(
                    PerformanceLine.ActualCost(
                        project,
                        day,
                        Usd(decimal.Round(cumulativeEv / cpi[week], 2) - previousAc)
                    )
                );
            }
        }
        TimePhasedPerformance performance = TimePhasedPerformance.Aggregate(
            lines,
            new AggregationOptions(Currency.Usd)
        );
        ReportingPeriod status = performance.Periods[4];

        CostForecast cost = PerformanceForecasts.CostAtCompletion(
            performance,
            ControlElement.ForProject(project),
            status
        )!;
        FinishForecast finish = PerformanceForecasts.Finish(performance, ControlElement.ForProject(project), status)!;

        Assert.InRange(cost.Projected, 0.50m, 0.80m);
        Assert.True(
            cost.Low < cost.EstimateAtCompletion && (cost.High is null || cost.EstimateAtCompletion < cost.High)
        );
        Assert.True(
            cost.EstimateAtCompletion
                > performance.MeasuresAt(ControlElement.ForProject(project), status).EstimateAtCompletion
        );
        Assert.Equal(0.8m, finish.Projected);
        Assert.Equal(12.5m, finish.EstimatedDuration);
        Assert.Equal(performance.Periods[0].Start.PlusWeeks(12), finish.Expected.Start);
        Assert.True(finish.Early <= finish.Expected);
        Assert.Null(
            PerformanceForecasts.Finish(performance, ControlElement.ForProject(project), performance.Periods[1])
        );
    }
}

public class PortfolioAggregateTests
{
    [SeededProperty]
    public bool Portfolios_merge_associatively_and_commutatively(int seed)
    {
        var random = new Random(seed);
        ProjectId[] ids = [new("A"), new("B"), new("C")];
        ProjectAggregate Part()
        {
            ProjectId id = ids[random.Next(ids.Length)];
            LocalDate day = new LocalDate(2026, 1, 5).PlusDays(random.Next(60));
            var performance = TimePhasedPerformance.Aggregate(
                [
                    PerformanceLine.ActualCost(id, day, Usd(random.Next(1, 1000))),
                    PerformanceLine.PlannedValue(id, day, Usd(random.Next(1, 1000))),
                ],
                new AggregationOptions(Currency.Usd)
            );
            return new ProjectAggregate(id, $"Project {id}", performance)
            {
                Warnings =
                    random.Next(2) == 0
                        ? []
                        : [new EarlyWarning("rule", id, (WarningSeverity)random.Next(3), $"reason {random.Next(3)}")],
                Completion = new CompletionCounts(random.Next(3), random.Next(3), random.Next(3), random.Next(3), 0),
                Ageing = [new AgeingLine(AgeingBucket.Days0To30, 1, Usd(random.Next(100)))],
                Finish = new LocalDateTime(2026, 3, 1, 17, 0).PlusDays(random.Next(20)),
            };
        }
        PortfolioAggregate Portfolio() =>
            PortfolioAggregate.Of(
                Currency.Usd,
                PeriodUnit.Week,
                Enumerable.Range(0, random.Next(4)).Select(_ => Part())
            );
        PortfolioAggregate x = Portfolio(),
            y = Portfolio(),
            z = Portfolio();

        return (x + y + z).Equals(x + (y + z)) && (x + y).Equals(y + x) && (x + y + z).Equals(z + y + x);
    }

    [Fact]
    public void The_summary_has_a_line_per_project_with_its_status()
    {
        PortfolioReport report = ReportFixture.Create();

        ImmutableArray<PortfolioSummaryLine> summary = report.Summary;

        Assert.Equal([ReportFixture.Atlas, ReportFixture.Borealis], summary.Select(l => l.Project));
        Assert.Equal(RagStatus.Red, summary[0].Status);
        Assert.Equal(RagStatus.Green, summary[1].Status);
        Assert.Equal(Usd(40_000), summary[0].Measures.EarnedValue);
        Assert.Throws<ArgumentException>(() =>
            report.Portfolio.ByProject[ReportFixture.Atlas].Merge(report.Portfolio.ByProject[ReportFixture.Borealis])
        );
    }
}
