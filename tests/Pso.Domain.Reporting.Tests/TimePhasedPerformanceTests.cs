using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Pso.Domain.Errors;
using Pso.Domain.Periods;
using Pso.Domain.Reporting.Forecasts;
using Pso.Domain.Reporting.TimePhased;
using Pso.Domain.Scheduling;
using Pso.Domain.Testing;
using static Pso.Domain.Reporting.Tests.Amounts;

namespace Pso.Domain.Reporting.Tests;

public class TimePhasedPerformanceTests
{
    private static readonly ProjectId Atlas = new("ATLAS");
    private static readonly ProjectId Borealis = new("BOREALIS");
    private static readonly LocalDate Monday = new(2026, 1, 5);
    private static readonly AggregationOptions Weekly = new(Currency.Usd);

    [Fact]
    public void Lines_are_summed_by_project_and_week_exactly()
    {
        PerformanceLine[] lines =
        [
            PerformanceLine.PlannedValue(Atlas, Monday, Usd(100.10m)),
            PerformanceLine.PlannedValue(Atlas, Monday.PlusDays(6), Usd(0.20m)),
            PerformanceLine.PlannedValue(Atlas, Monday.PlusDays(7), Usd(50m)),
            PerformanceLine.EarnedValue(Atlas, Monday.PlusDays(2), Usd(80m)),
            PerformanceLine.ActualCost(Atlas, Monday.PlusDays(3), Usd(90m)),
            PerformanceLine.ActualHours(Atlas, Monday.PlusDays(1), Work.FromHours(30)),
            PerformanceLine.CapacityHours(Atlas, Monday.PlusDays(1), Work.FromHours(40)),
            PerformanceLine.ActualCost(Borealis, Monday.PlusDays(8), Usd(7m)),
        ];

        TimePhasedPerformance sums = TimePhasedPerformance.Aggregate(lines, Weekly);

        Assert.Equal(
            [ControlElement.ForProject(Atlas), ControlElement.ForProject(Borealis)],
            sums.Elements.AsEnumerable()
        );
        PeriodPerformance first = sums.CellsOf(ControlElement.ForProject(Atlas))[0];
        Assert.Equal(ReportingCalendar.Default.PeriodOf(Monday, PeriodUnit.Week), first.Period);
        Assert.Equal(Usd(100.30m), first.PlannedValue);
        Assert.Equal(Usd(80m), first.EarnedValue);
        Assert.Equal(Usd(90m), first.ActualCost);
        Assert.Equal(0.75m, first.Utilisation);
        Assert.Equal(Usd(50m), sums.CellsOf(ControlElement.ForProject(Atlas))[1].PlannedValue);
        Assert.Single(sums.CellsOf(ControlElement.ForProject(Borealis)));
    }

    [Fact]
    public void Measures_at_a_period_give_the_worked_example()
    {
        // BAC 100,000 planned over two weeks; by the end of the first: PV 50,000, EV 40,000, AC 45,000.
        PerformanceLine[] lines =
        [
            PerformanceLine.PlannedValue(Atlas, Monday, Usd(50_000)),
            PerformanceLine.PlannedValue(Atlas, Monday.PlusDays(7), Usd(50_000)),
            PerformanceLine.EarnedValue(Atlas, Monday.PlusDays(4), Usd(40_000)),
            PerformanceLine.ActualCost(Atlas, Monday.PlusDays(4), Usd(45_000)),
        ];
        TimePhasedPerformance sums = TimePhasedPerformance.Aggregate(lines, Weekly);

        EarnedValueMeasures measures = sums.MeasuresAt(ControlElement.ForProject(Atlas), sums.Periods[0]);

        Assert.Equal(new EarnedValueMeasures(Usd(100_000), Usd(50_000), Usd(40_000), Usd(45_000)), measures);
        Assert.Equal(Usd(112_500), measures.EstimateAtCompletion);
    }

    [Fact]
    public void Earned_schedule_by_month_gives_the_worked_example()
    {
        // Cumulative PV by month 10, 25, 45, 70, 90, 100 (thousands); EV 52 by the end of month 4.
        decimal[] planned = [10, 15, 20, 25, 20, 10];
        decimal[] earned = [8, 12, 15, 17];
        var lines = new List<PerformanceLine>();
        for (int month = 0; month < planned.Length; month++)
        {
            LocalDate day = new LocalDate(2026, 1, 15).PlusMonths(month);
            lines.Add(PerformanceLine.PlannedValue(Atlas, day, Usd(planned[month] * 1000)));
            if (month < earned.Length)
            {
                lines.Add(PerformanceLine.EarnedValue(Atlas, day, Usd(earned[month] * 1000)));
            }
        }
        TimePhasedPerformance sums = TimePhasedPerformance.Aggregate(lines, Weekly with { Unit = PeriodUnit.Month });

        EarnedScheduleMeasures? schedule = sums.EarnedScheduleAt(ControlElement.ForProject(Atlas), sums.Periods[3]);

        Assert.NotNull(schedule);
        Assert.Equal(3.28m, schedule.EarnedSchedule);
        Assert.Equal(4m, schedule.ActualTime);
        Assert.Equal(6m, schedule.PlannedDuration);
        Assert.Equal(0.82m, schedule.SchedulePerformanceIndexInTime);
    }

    [Fact]
    public void The_cumulative_curve_runs_over_every_period()
    {
        PerformanceLine[] lines =
        [
            PerformanceLine.PlannedValue(Atlas, Monday, Usd(10)),
            PerformanceLine.PlannedValue(Borealis, Monday.PlusDays(7), Usd(5)),
            PerformanceLine.PlannedValue(Atlas, Monday.PlusDays(14), Usd(20)),
        ];
        TimePhasedPerformance sums = TimePhasedPerformance.Aggregate(lines, Weekly);

        var curve = sums.Cumulative(ControlElement.ForProject(Atlas));

        Assert.Equal([Usd(10), Usd(10), Usd(30)], curve.Select(c => c.PlannedValue));
        Assert.Equal(sums.Periods.AsEnumerable(), curve.Select(c => c.Period));
    }

    [Fact]
    public void Wbs_elements_sum_their_children_and_lines_without_one_are_kept()
    {
        PerformanceLine[] lines =
        [
            PerformanceLine.ActualCost(Atlas, Monday, Usd(10)) with
            {
                WbsCode = "1.1",
            },
            PerformanceLine.ActualCost(Atlas, Monday, Usd(20)) with
            {
                WbsCode = "1.2.1",
            },
            PerformanceLine.ActualCost(Atlas, Monday, Usd(40)) with
            {
                WbsCode = "2",
            },
            PerformanceLine.ActualCost(Atlas, Monday, Usd(80)),
        ];
        TimePhasedPerformance sums = TimePhasedPerformance.Aggregate(
            lines,
            Weekly with
            {
                Level = RollUpLevel.WbsElement,
            }
        );

        Money CostOf(string code) =>
            sums.CellsOf(new ControlElement(RollUpLevel.WbsElement, Atlas, code)).Single().ActualCost;
        Assert.Equal(Usd(30), CostOf("1"));
        Assert.Equal(Usd(20), CostOf("1.2"));
        Assert.Equal(Usd(20), CostOf("1.2.1"));
        Assert.Equal(Usd(40), CostOf("2"));
        Assert.Equal(Usd(80), CostOf(""));
        Assert.Equal(Usd(150), sums.RollUp(RollUpLevel.Project).Cells.Single().ActualCost);
    }

    [Fact]
    public void Cost_accounts_and_activities_roll_up_to_the_project_and_the_portfolio()
    {
        PerformanceLine[] lines =
        [
            PerformanceLine.ActualCost(Atlas, Monday, Usd(10)) with
            {
                Account = new CostAccountId("CA-1"),
                Activity = new ActivityId("A"),
            },
            PerformanceLine.ActualCost(Atlas, Monday, Usd(20)) with
            {
                Account = new CostAccountId("CA-2"),
                Activity = new ActivityId("A"),
            },
            PerformanceLine.ActualCost(Borealis, Monday, Usd(5)),
        ];
        TimePhasedPerformance byAccount = TimePhasedPerformance.Aggregate(
            lines,
            Weekly with
            {
                Level = RollUpLevel.CostAccount,
            }
        );
        TimePhasedPerformance byActivity = TimePhasedPerformance.Aggregate(
            lines,
            Weekly with
            {
                Level = RollUpLevel.Activity,
            }
        );

        Assert.Equal(3, byAccount.Elements.Length);
        Assert.Equal(2, byActivity.Elements.Length);
        Assert.Equal(byAccount.RollUp(RollUpLevel.Project), byActivity.RollUp(RollUpLevel.Project));
        Assert.Equal(Usd(35), byAccount.RollUp(RollUpLevel.Portfolio).Cells.Single().ActualCost);
        Assert.Equal(
            TimePhasedPerformance.Aggregate(lines, Weekly with { Level = RollUpLevel.Portfolio }),
            byActivity.RollUp(RollUpLevel.Portfolio)
        );
    }

    [Fact]
    public void A_line_in_another_currency_is_refused()
    {
        PerformanceLine[] lines = [PerformanceLine.ActualCost(Atlas, Monday, Money.Of(1, "EUR"))];

        Assert.Throws<CurrencyMismatchException>(() => TimePhasedPerformance.Aggregate(lines, Weekly));
    }

    [Fact]
    public void Many_lines_summed_in_parallel_parts_give_the_sums_of_one_part()
    {
        var random = new Random(7);
        ProjectId[] projects = [.. Enumerable.Range(0, 12).Select(i => new ProjectId($"P{i}"))];
        PerformanceLine[] lines = [.. Enumerable.Range(0, 300_000).Select(_ => RandomLine(random, projects))];

        TimePhasedPerformance one = TimePhasedPerformance.Aggregate(lines, Weekly with { DegreeOfParallelism = 1 });
        TimePhasedPerformance four = TimePhasedPerformance.Aggregate(lines, Weekly with { DegreeOfParallelism = 4 });
        TimePhasedPerformance linq = new(Currency.Usd, PeriodUnit.Week, lines.Select(l => Cell(l)));

        Assert.Equal(one, four);
        Assert.Equal(linq, one);
    }

    [SeededProperty]
    public bool Merging_partial_results_is_associative_and_commutative_and_loses_nothing(int seed, int cuts)
    {
        var random = new Random(seed);
        ProjectId[] projects = [Atlas, Borealis, new("CYGNUS")];
        PerformanceLine[] lines = [.. Enumerable.Range(0, 60).Select(_ => RandomLine(random, projects))];
        int a = (cuts & int.MaxValue) % 61,
            b = (cuts & int.MaxValue) / 61 % 61;
        (int first, int second) = (Math.Min(a, b), Math.Max(a, b));
        TimePhasedPerformance Part(int from, int to) => TimePhasedPerformance.Aggregate(lines[from..to], Weekly);
        TimePhasedPerformance x = Part(0, first),
            y = Part(first, second),
            z = Part(second, lines.Length);
        TimePhasedPerformance whole = TimePhasedPerformance.Aggregate(lines, Weekly);

        return ((x + y) + z).Equals(x + (y + z)) && (x + y).Equals(y + x) && (z + (x + y)).Equals(whole);
    }

    [SeededProperty]
    public bool Every_time_phased_measure_of_a_project_is_the_same_from_its_own_table_or_the_portfolios(int seed)
    {
        // Projects start at different weeks and leave gaps of weeks without lines; the portfolio's weeks fill them.
        var random = new Random(seed);
        ProjectId[] projects = [Atlas, Borealis, new("CYGNUS")];
        var lines = new List<PerformanceLine>();
        foreach (ProjectId project in projects)
        {
            LocalDate start = Monday.PlusWeeks(random.Next(12));
            for (int i = 0, count = random.Next(1, 25); i < count; i++)
            {
                LocalDate date = start.PlusDays(random.Next(20) * random.Next(1, 8));
                decimal amount = random.Next(1, 100_000) / 100m;
                lines.Add(
                    random.Next(3) switch
                    {
                        0 => PerformanceLine.PlannedValue(project, date, Usd(amount)),
                        1 => PerformanceLine.EarnedValue(project, date, Usd(amount)),
                        _ => PerformanceLine.ActualCost(project, date, Usd(amount)),
                    }
                );
            }
        }
        TimePhasedPerformance portfolio = TimePhasedPerformance.Aggregate(lines, Weekly);
        foreach (ProjectId project in projects)
        {
            var element = ControlElement.ForProject(project);
            TimePhasedPerformance own = TimePhasedPerformance.Aggregate(
                lines.Where(l => l.Project == project).ToArray(),
                Weekly
            );
            if (!own.Cumulative(element).SequenceEqual(portfolio.Cumulative(element)))
            {
                return false;
            }
            for (
                ReportingPeriod week = portfolio.Periods[0].Previous();
                week <= portfolio.Periods[^1].Next();
                week = week.Next()
            )
            {
                if (
                    own.MeasuresAt(element, week) != portfolio.MeasuresAt(element, week)
                    || own.EarnedScheduleAt(element, week) != portfolio.EarnedScheduleAt(element, week)
                    || PerformanceForecasts.Finish(own, element, week)
                        != PerformanceForecasts.Finish(portfolio, element, week)
                    || PerformanceForecasts.CostAtCompletion(own, element, week)
                        != PerformanceForecasts.CostAtCompletion(portfolio, element, week)
                )
                {
                    return false;
                }
            }
        }
        return true;
    }

    [Fact]
    public void A_status_period_of_another_unit_is_refused()
    {
        TimePhasedPerformance weekly = TimePhasedPerformance.Aggregate(
            [PerformanceLine.PlannedValue(Atlas, Monday, Usd(100m))],
            Weekly
        );
        ReportingPeriod month = ReportingCalendar.Default.PeriodOf(Monday, PeriodUnit.Month);

        Assert.Throws<ArgumentException>(() => weekly.MeasuresAt(ControlElement.ForProject(Atlas), month));
        Assert.Throws<ArgumentException>(() => weekly.EarnedScheduleAt(ControlElement.ForProject(Atlas), month));
    }

    [Fact]
    public void Earned_schedule_counts_from_the_projects_own_first_week_in_a_portfolio_table()
    {
        // Borealis starts four weeks after Atlas: 100 planned a week for four weeks, 40 earned a week.
        var lines = new List<PerformanceLine> { PerformanceLine.PlannedValue(Atlas, Monday, Usd(10m)) };
        LocalDate start = Monday.PlusWeeks(4);
        for (int week = 0; week < 4; week++)
        {
            lines.Add(PerformanceLine.PlannedValue(Borealis, start.PlusWeeks(week), Usd(100m)));
            lines.Add(PerformanceLine.EarnedValue(Borealis, start.PlusWeeks(week), Usd(40m)));
        }
        TimePhasedPerformance portfolio = TimePhasedPerformance.Aggregate(lines, Weekly);
        ReportingPeriod thirdWeek = ReportingCalendar.Default.PeriodOf(start.PlusWeeks(2), PeriodUnit.Week);

        EarnedScheduleMeasures measures = portfolio.EarnedScheduleAt(ControlElement.ForProject(Borealis), thirdWeek)!;

        // EV 120 lies a fifth into the second week: ES 1.2 of AT 3, SPI(t) 0.4.
        Assert.Equal(
            (1.2m, 3m, 0.4m),
            (measures.EarnedSchedule, measures.ActualTime, measures.SchedulePerformanceIndexInTime)
        );
        Assert.Equal(4, portfolio.Cumulative(ControlElement.ForProject(Borealis)).Length);
    }

    private static PerformanceLine RandomLine(Random random, ProjectId[] projects)
    {
        ProjectId project = projects[random.Next(projects.Length)];
        LocalDate date = Monday.PlusDays(random.Next(120));
        decimal amount = random.Next(1, 100_000) / 100m;
        return random.Next(5) switch
        {
            0 => PerformanceLine.PlannedValue(project, date, Usd(amount)),
            1 => PerformanceLine.EarnedValue(project, date, Usd(amount)),
            2 => PerformanceLine.ActualCost(project, date, Usd(amount)),
            3 => PerformanceLine.ActualHours(project, date, Work.FromHours(amount / 100)),
            _ => PerformanceLine.CapacityHours(project, date, Work.FromHours(amount / 100)),
        };
    }

    private static PeriodPerformance Cell(PerformanceLine line)
    {
        Money zero = Money.Zero(Currency.Usd);
        var cell = new PeriodPerformance(
            ControlElement.ForProject(line.Project),
            ReportingCalendar.Default.PeriodOf(line.Date, PeriodUnit.Week),
            zero,
            zero,
            zero,
            Work.Zero,
            Work.Zero
        );
        return line.Measure switch
        {
            PerformanceMeasure.PlannedValue => cell with { PlannedValue = Usd(line.Quantity) },
            PerformanceMeasure.EarnedValue => cell with { EarnedValue = Usd(line.Quantity) },
            PerformanceMeasure.ActualCost => cell with { ActualCost = Usd(line.Quantity) },
            PerformanceMeasure.ActualHours => cell with { ActualHours = Work.FromHours(line.Quantity) },
            _ => cell with { CapacityHours = Work.FromHours(line.Quantity) },
        };
    }
}
