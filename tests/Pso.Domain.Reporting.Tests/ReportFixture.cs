using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Pso.Domain.Calendars;
using Pso.Domain.Periods;
using Pso.Domain.Reporting.Portfolio;
using Pso.Domain.Reporting.Rendering;
using Pso.Domain.Reporting.Reports;
using Pso.Domain.Reporting.Risk;
using Pso.Domain.Reporting.TimePhased;
using Pso.Domain.Reporting.Warnings;
using Pso.Domain.Resources;
using Pso.Domain.Resources.Capacity;
using Pso.Domain.Scheduling;
using Pso.Domain.Scheduling.Baselines;
using Pso.Domain.Scheduling.Cpm;
using static Pso.Domain.Reporting.Tests.Amounts;

namespace Pso.Domain.Reporting.Tests;

/// <summary>A small portfolio report: one scheduled project with a baseline, progress, risk and earned value, one
/// project with earned value only, and two people in two roles, one of them over-booked.</summary>
internal static class ReportFixture
{
    internal static readonly LocalDate StatusDate = new(2026, 1, 23);
    internal static readonly ProjectId Atlas = new("ATLAS");
    internal static readonly ProjectId Borealis = new("BOREALIS");

    internal static PortfolioReport Create()
    {
        var start = new LocalDateTime(2026, 1, 5, 8, 0);
        var plan = new Project(
            Atlas,
            "Atlas",
            WorkCalendar.Standard,
            start,
            [
                new Activity(new ActivityId("A"), "Design & <scope>", Duration.FromHours(40)),
                new Activity(new ActivityId("B"), "Build", Duration.FromHours(80)),
                new Activity(new ActivityId("C"), "Docs", Duration.FromHours(16)),
                new Activity(new ActivityId("M"), "Go live", Duration.Zero, ActivityKind.Milestone),
            ],
            [
                new Dependency(new ActivityId("A"), new ActivityId("B")),
                new Dependency(new ActivityId("B"), new ActivityId("M")),
                new Dependency(new ActivityId("C"), new ActivityId("M")),
            ]
        );
        var scheduler = new CpmScheduler();
        ScheduleResult planned = scheduler.Schedule(plan);
        Baseline baseline = Baseline.Capture(planned, 0, "Plan", new LocalDate(2026, 1, 2));
        Project progressed = plan.WithActivities(
            plan.Activities.Select(a =>
                a.Id.Value switch
                {
                    "A" => a with
                    {
                        ActualStart = start,
                        ActualFinish = start.PlusDays(4).PlusHours(9),
                        PercentComplete = 100,
                    },
                    "B" => a with { ActualStart = start.PlusDays(7), PercentComplete = 10 },
                    _ => a,
                }
            ),
            new LocalDateTime(2026, 1, 23, 17, 0)
        );
        ScheduleResult current = scheduler.Schedule(progressed);
        ScheduleRiskResult risk = new ScheduleRiskAnalysis(new ScheduleRiskOptions { Iterations = 500 }).Run(
            plan,
            new Dictionary<ActivityId, ThreePointEstimate>
            {
                [new ActivityId("B")] = new(Duration.FromHours(64), Duration.FromHours(80), Duration.FromHours(160)),
            }
        );

        var lines = new List<PerformanceLine>();
        for (int week = 0; week < 4; week++)
        {
            LocalDate monday = new LocalDate(2026, 1, 5).PlusWeeks(week);
            lines.Add(PerformanceLine.PlannedValue(Atlas, monday, Usd(25_000)));
            lines.Add(PerformanceLine.PlannedValue(Borealis, monday, Usd(10_000)));
            if (week < 3)
            {
                lines.Add(PerformanceLine.EarnedValue(Atlas, monday, Usd(week == 0 ? 20_000 : 10_000)));
                lines.Add(PerformanceLine.ActualCost(Atlas, monday, Usd(week == 0 ? 22_000 : 15_000)));
                lines.Add(PerformanceLine.EarnedValue(Borealis, monday, Usd(10_000)));
                lines.Add(PerformanceLine.ActualCost(Borealis, monday, Usd(9_500)));
            }
        }
        TimePhasedPerformance performance = TimePhasedPerformance.Aggregate(
            lines,
            new AggregationOptions(Currency.Usd)
        );
        ReportingPeriod statusPeriod = ReportingCalendar.Default.PeriodOf(StatusDate, PeriodUnit.Week);
        var engine = new EarlyWarningEngine();
        ProjectAggregate Project(ProjectId id, string name, ScheduleResult? schedule) =>
            new ProjectAggregate(
                id,
                name,
                performance
                    .RollUp(RollUpLevel.Project)
                    .Merge(TimePhasedPerformance.Empty(Currency.Usd, PeriodUnit.Week))
                    is var all
                    ? new TimePhasedPerformance(
                        Currency.Usd,
                        PeriodUnit.Week,
                        all.Cells.Where(c => c.Element.Project == id)
                    )
                    : all
            )
            {
                Warnings = engine.Evaluate(
                    new ProjectStatus(id, StatusDate)
                    {
                        EarnedValue = performance.MeasuresAt(ControlElement.ForProject(id), statusPeriod),
                        EarnedSchedule = performance.EarnedScheduleAt(ControlElement.ForProject(id), statusPeriod),
                    }
                ),
                Finish = schedule?.Finish,
                P80Finish = schedule is null ? null : risk.Finish.P80,
            };
        PortfolioAggregate portfolio = PortfolioAggregate.Of(
            Currency.Usd,
            PeriodUnit.Week,
            [Project(Atlas, "Atlas", current), Project(Borealis, "Borealis", null)]
        );

        var people = new ResourcePool([
            new Resource(new ResourceId("ana"), "Ana", WorkCalendar.Standard) { Roles = [new RoleId("engineer")] },
            new Resource(new ResourceId("ben"), "Ben", WorkCalendar.Standard) { Roles = [new RoleId("analyst")] },
        ]);
        var horizon = new DateInterval(new LocalDate(2026, 1, 5), new LocalDate(2026, 2, 1));
        CapacityPlan capacity = CapacityPlan.Create(
            people,
            [
                new Booking(
                    new BookingId("b1"),
                    new ResourceId("ana"),
                    Atlas,
                    new DateInterval(horizon.Start, horizon.End),
                    BookingLoad.Hours(10)
                ),
                new Booking(
                    new BookingId("b2"),
                    new ResourceId("ben"),
                    Borealis,
                    new DateInterval(horizon.Start, horizon.End),
                    BookingLoad.Hours(4)
                ),
            ],
            [],
            horizon
        );

        return new PortfolioReport("Demo portfolio", StatusDate, portfolio)
        {
            Sections =
            [
                new ProjectSection(Atlas)
                {
                    Schedule = current,
                    Baseline = baseline,
                    Risk = risk,
                    Completion = CompletionReport.From(current, baseline),
                },
            ],
            Resources = ResourceReport.From(capacity),
        };
    }
}
