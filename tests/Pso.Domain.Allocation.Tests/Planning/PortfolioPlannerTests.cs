using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Pso.Domain.Allocation.Planning;
using Pso.Domain.Calendars;
using Pso.Domain.Resources;
using Pso.Domain.Scheduling;
using Pso.Domain.Scheduling.Cpm;
using Xunit;
using static Pso.Domain.Allocation.Tests.Planning.PlanningFixture;

namespace Pso.Domain.Allocation.Tests.Planning;

public class PortfolioPlannerTests
{
    private static readonly PortfolioPlanner Planner = new();

    private static PortfolioPlan Plan(Portfolio portfolio, PlanningOptions? options = null)
    {
        PortfolioPlan plan = Planner.Plan(portfolio, options);
        Assert.Empty(PlanChecker.Check(plan));
        return plan;
    }

    [Fact]
    public void The_plan_books_nobody_on_leave_or_already_booked_and_says_why_work_waits()
    {
        PortfolioPlan plan = Plan(Portfolio());

        // Aisha alone holds SQL at level 3: she designs Alpha on Mon-Tue (Mei is booked on BCN-SYNC), is on leave
        // Wed-Fri, and takes Beta's schema the Monday after; Mei builds Alpha from Wednesday, then Beta's API, which
        // starts with the schema.
        Assert.Equal((At(0), At(1, 17)), (Of(plan, "ALPHA", "design").Start, Of(plan, "ALPHA", "design").Finish));
        Assert.Equal((At(2), At(4, 17)), (Of(plan, "ALPHA", "build").Start, Of(plan, "ALPHA", "build").Finish));
        Assert.Equal((At(7), At(8, 17)), (Of(plan, "BETA", "schema").Start, Of(plan, "BETA", "schema").Finish));
        Assert.Equal(At(7), Of(plan, "BETA", "api").Start);
        Assert.Equal(Duration.FromHours(40), Of(plan, "BETA", "schema").LevellingDelay);
        Assert.Equal(
            "held back 5 working days from Mon 4 Jan 2027: Aisha is on leave 6-8 Jan 2027; Aisha works on "
                + "ALPHA/design 4-5 Jan 2027; nobody else meets SQL at level 3",
            Of(plan, "BETA", "schema").DelayReason
        );
        Assert.Equal("", Of(plan, "ALPHA", "design").DelayReason);
        Assert.DoesNotContain(plan.Bookings.Where(b => b.Resource == Aisha.Id), b =>
            b.ExplicitWork.Where((w, d) => w > Work.Zero && Aisha.Absences[0].Dates.Contains(b.Dates.Start.PlusDays(d)))
                .Any()
        );
        Assert.All(plan.Bookings.Where(b => b.Resource == Mei.Id), b =>
            Assert.True(b.Dates.Start >= Monday.PlusDays(2))
        );
        Assert.Empty(plan.Shortfalls);
        Assert.Equal(7, plan.FinishDays);
        Assert.Equal(Work.FromHours(88), plan.StaffedWork);
    }

    [Fact]
    public void The_networks_with_the_delays_reproduce_the_plan_and_the_bookings_fit_the_capacity_plan()
    {
        PortfolioPlan plan = Plan(Portfolio());

        foreach (Project network in plan.Networks)
        {
            ScheduleResult result = new CpmScheduler().Schedule(network);
            foreach (ActivitySchedule at in result.Activities)
            {
                PlannedActivity planned = plan[new ActivityRef(network.Id, at.Activity)];
                Assert.Equal((planned.Start, planned.Finish), (at.Start, at.Finish));
            }
        }
        Assert.Empty(plan.ToCapacityPlan().Overallocations(Periods.PeriodUnit.Day));
        Assert.Equal(0, PlanChecker.OverAllocatedDays(plan));
    }

    [Fact]
    public void A_deadline_changes_the_order_and_a_missed_one_is_explained()
    {
        PortfolioProject beta = new(Beta) { Deadline = At(3, 17) };
        PortfolioPlan plan = Plan(
            new Portfolio(
                [new PortfolioProject(Alpha) { Priority = 800 }, beta],
                Requirements,
                Pool,
                Monday,
                [MeiElsewhere]
            )
        );

        // Beta is due on Thursday: Aisha does the schema first, before her leave, and Alpha waits.
        Assert.Equal(At(0), Of(plan, "BETA", "schema").Start);
        ProjectOutcome outcome = plan.Projects.Single(p => p.Project == Beta.Id);
        Assert.Equal(0, outcome.WorkingDaysLate);
        Assert.Equal(At(3, 17), outcome.Deadline);

        PortfolioProject impossible = new(Beta) { Deadline = At(0, 17) };
        PortfolioPlan late = Plan(
            new Portfolio([new PortfolioProject(Alpha), impossible], Requirements, Pool, Monday, [MeiElsewhere])
        );
        PlanShortfall missed = Assert.Single(late.Shortfalls, s => s.Code == PlanShortfallCodes.DeadlineMissed);
        Assert.Equal(Beta.Id, missed.Project);
        Assert.StartsWith(
            "Project 'BETA' finishes Thu 7 Jan 2027 17:00, 3 working days after its deadline Mon 4 Jan 2027",
            missed.Explanation
        );
        Assert.Equal(3, late.Projects.Single(p => p.Project == Beta.Id).WorkingDaysLate);
        Assert.Equal(3 * 500, late.WeightedLateness);
    }

    [Fact]
    public void Bad_records_are_reported_by_name_and_the_rest_is_still_planned()
    {
        ResourceRequirement[] requirements =
        [
            .. Requirements.Where(r => r.Activity != new ActivityId("api")),
            new(Alpha.Id, new ActivityId("test")) { Skills = [new SkillRequirement(new SkillId("COBOL"), 4)] },
            new(new ProjectId("GHOST"), new ActivityId("x")) { Role = Developer },
            new(Beta.Id, new ActivityId("api")) { Role = Developer, Units = 3m },
        ];
        Booking weekend = MeiElsewhere with
        {
            Id = new BookingId("mei-weekend"),
            Dates = new DateInterval(Monday.PlusDays(5), Monday.PlusDays(5)),
            Load = BookingLoad.Hours(4m),
        };
        var portfolio = new Portfolio(
            [new PortfolioProject(Alpha), new PortfolioProject(Beta) { Deadline = At(-3) }],
            requirements,
            Pool,
            Monday,
            [MeiElsewhere, weekend],
            [new PortfolioLink(new ProjectId("NOWHERE"), new ActivityId("a"), Alpha.Id, new ActivityId("design"))]
        );

        PortfolioPlan plan = Plan(portfolio);

        Dictionary<string, PlanShortfall> byCode = plan
            .Shortfalls.GroupBy(s => s.Code)
            .ToDictionary(g => g.Key, g => g.First());
        Assert.Equal(
            "Activity 'ALPHA/test' needs COBOL at level 4: nobody in the pool holds it; it is planned without them.",
            byCode[PlanShortfallCodes.NobodyQualified].Explanation
        );
        Assert.Equal(Work.FromHours(16), byCode[PlanShortfallCodes.NobodyQualified].Unstaffed);
        Assert.Contains("'GHOST/x'", byCode[PlanShortfallCodes.UnknownActivity].Explanation);
        Assert.Contains(plan.Shortfalls, s =>
            s.Code == PlanShortfallCodes.UnknownActivity && s.Explanation.Contains("(no project 'NOWHERE')")
        );
        Assert.Equal(
            "Activity 'BETA/api' needs 3 units of role developer; the people who meet it give 2 together (Mei 1, Aisha 1); "
                + "it is planned with that.",
            byCode[PlanShortfallCodes.UnitsAboveCapacity].Explanation
        );
        Assert.Contains("before the status date", byCode[PlanShortfallCodes.DeadlineBeforeStatusDate].Explanation);
        Assert.Equal(
            "Mei is booked on BCN-SYNC (mei-weekend, 4 h/day) on Sat 9 Jan 2027, when their calendar has no working "
                + "time; the booking takes nothing.",
            byCode[PlanShortfallCodes.BookingBeyondCapacity].Explanation
        );
        Assert.Equal(5, plan.Activities.Length);
        Assert.Contains(plan.Bookings, b => b.Activity == new ActivityId("test") && b.Resource == Ravi.Id);
    }

    [Fact]
    public void Started_and_pinned_activities_keep_their_dates()
    {
        Project started = Alpha.WithActivities(
            Alpha.Activities.Select(a =>
                a.Id.Value == "design" ? a with { ActualStart = At(0), PercentComplete = 50m } : a
            ),
            At(1)
        );
        var portfolio = new Portfolio(
            [new PortfolioProject(started), new PortfolioProject(Beta)],
            Requirements,
            Pool,
            Monday.PlusDays(1),
            [MeiElsewhere],
            pinned: [new ActivityRef(Beta.Id, new ActivityId("schema"))]
        );

        PortfolioPlan plan = Plan(portfolio);

        Assert.Equal(At(0), Of(plan, "ALPHA", "design").Start);
        Assert.Equal(Duration.Zero, Of(plan, "BETA", "schema").LevellingDelay);
        Assert.Equal(At(1), Of(plan, "BETA", "schema").Start);
    }

    [Fact]
    public void Work_done_before_the_status_date_takes_no_capacity_and_is_not_booked()
    {
        // Status Wednesday 6 Jan: design finished on Tuesday, build started on Monday (a day done, two to go).
        Project progressed = Alpha.WithActivities(
            Alpha.Activities.Select(a =>
                a.Id.Value switch
                {
                    "design" => a with { ActualStart = At(-7), ActualFinish = At(-6, 17), PercentComplete = 100m },
                    "build" => a with { ActualStart = At(0), RemainingDuration = Duration.FromHours(16) },
                    _ => a,
                }
            ),
            At(2)
        );
        var portfolio = new Portfolio(
            [new PortfolioProject(progressed)],
            Requirements.Take(3),
            Pool,
            Monday.PlusDays(2)
        );

        PortfolioPlan plan = Plan(portfolio);

        Assert.DoesNotContain(plan.Bookings, b => b.Activity == new ActivityId("design"));
        Booking build = Assert.Single(plan.Bookings, b => b.Activity == new ActivityId("build"));
        Assert.True(build.Dates.Start >= Monday.PlusDays(2));
        Assert.Equal(Work.FromHours(16), build.ExplicitWork.Aggregate(Work.Zero, (sum, w) => sum + w));
        Assert.DoesNotContain(plan.Shortfalls, s => s.Code == PlanShortfallCodes.Unstaffed);
    }

    [Fact]
    public void A_later_drop_in_availability_does_not_halve_work_that_starts_before_it()
    {
        Resource dropping = Ravi with { Availability = [new AvailabilityChange(Monday.PlusDays(60), 0.5m)] };
        var portfolio = new Portfolio(
            [new PortfolioProject(Alpha)],
            Requirements.Take(3),
            new ResourcePool([Aisha, Mei, dropping]),
            Monday
        );

        PortfolioPlan plan = Plan(portfolio);

        Booking test = Assert.Single(plan.Bookings, b => b.Activity == new ActivityId("test"));
        Assert.All(test.ExplicitWork.Where(w => w > Work.Zero), w => Assert.Equal(Work.FromHours(8), w));
        Assert.DoesNotContain(plan.Shortfalls, s => s.Code == PlanShortfallCodes.UnitsAboveCapacity);
    }

    [Fact]
    public void Requirements_that_cannot_be_planned_as_given_are_reported_and_priorities_are_checked()
    {
        Project withMilestone = new(
            new ProjectId("GAMMA"),
            "Gamma",
            WorkCalendar.Standard,
            At(0),
            [
                new Activity(new ActivityId("phase"), "Phase", Duration.Zero, ActivityKind.Summary),
                Task("work", 1) with
                {
                    Parent = new ActivityId("phase"),
                },
                new Activity(new ActivityId("done"), "Done", Duration.Zero, ActivityKind.Milestone),
            ],
            [Link("work", "done")]
        );
        var gamma = new ProjectId("GAMMA");
        var portfolio = new Portfolio(
            [new PortfolioProject(withMilestone)],
            [
                new(gamma, new ActivityId("work")),
                new(gamma, new ActivityId("work")) { Role = Developer, Units = 0m },
                new(gamma, new ActivityId("done")) { Role = Developer },
                new(gamma, new ActivityId("phase")) { Role = Developer },
            ],
            Pool,
            Monday
        );

        PortfolioPlan plan = Plan(portfolio);

        Assert.Equal(
            [
                "A requirement of activity 'GAMMA/work' names no person, role or skill; it is left out.",
                "A requirement of activity 'GAMMA/work' for role developer asks for 0 units; it must be more than zero; "
                    + "it is left out.",
                "Activity 'GAMMA/done' is a milestone (it takes no time): its requirement for role developer needs no "
                    + "one; it is left out.",
                "A requirement for role developer names summary 'GAMMA/phase'; requirements belong on its tasks; it is "
                    + "left out.",
            ],
            plan.Shortfalls.Where(s => s.Code == PlanShortfallCodes.InvalidRequirement).Select(s => s.Explanation)
        );
        Assert.Empty(plan.Bookings);
        var error = Assert.Throws<Errors.ValidationException>(() =>
            new Portfolio([new PortfolioProject(Alpha) { Priority = 2_000 }], [], Pool, Monday)
        );
        Assert.Equal("priority", Assert.Single(error.Errors).Location.Field);
        var horizon = Assert.Throws<ArgumentOutOfRangeException>(() =>
            Planner.Plan(Portfolio(), PlanningOptions.Default with { HorizonDays = 0 })
        );
        Assert.StartsWith("PlanningOptions.HorizonDays is 0; the horizon is at least one day.", horizon.Message);
    }

    [Fact]
    public void A_replan_says_what_moved_and_why()
    {
        PortfolioPlan before = Plan(Portfolio());
        Resource lena = new(new ResourceId("lena"), "Lena", WorkCalendar.Standard)
        {
            Roles = [Developer],
            Skills = [new ResourceSkill(Sql, 4)],
        };

        (PortfolioPlan after, var changes) = Planner.Replan(
            before,
            Portfolio().WithPool(new ResourcePool([.. Pool.Resources, lena]))
        );

        Assert.Empty(PlanChecker.Check(after));
        Assert.Equal(At(0), Of(after, "BETA", "schema").Start);
        PlanChange schema = Assert.Single(changes, c => c.Activity.Activity == new ActivityId("schema"));
        Assert.Equal((At(7), At(0)), (schema.Before, schema.After));
        Assert.Equal("Lena joined; levelling holds it back less: its people are free earlier", schema.Reason);
        Assert.True(after.Projects[1].Finish < before.Projects[1].Finish);

        (PortfolioPlan same, var none) = Planner.Replan(before, Portfolio());
        Assert.Empty(none);
        Assert.Equal(before.Activities.ToArray(), same.Activities.ToArray());
    }

    [Fact]
    public void Part_time_people_share_a_need_and_work_only_their_own_hours()
    {
        Resource half = new(new ResourceId("half"), "Half", WorkCalendar.Standard)
        {
            Roles = [Tester],
            Availability = [new AvailabilityChange(Monday, 0.5m)],
        };
        Resource other = half with { Id = new ResourceId("other"), Name = "Other" };
        var pool = new ResourcePool([Aisha, Mei, half, other]);

        PortfolioPlan plan = Plan(new Portfolio([new PortfolioProject(Alpha)], Requirements.Take(3), pool, Monday));

        Booking[] testers = [.. plan.Bookings.Where(b => b.Activity == new ActivityId("test"))];
        Assert.Equal(2, testers.Length);
        Assert.All(testers, b => Assert.All(b.ExplicitWork, w => Assert.Equal(Work.FromHours(4), w)));
    }

    [Fact]
    public void Hourly_granularity_and_rates_give_a_checked_plan_with_its_cost()
    {
        var options = PlanningOptions.Default with
        {
            Granularity = PlanningGranularity.Hour,
            HourlyRate = (person, _) => new Money(person.Id == Aisha.Id ? 100m : 80m, Currency.FromCode("EUR")),
        };

        PortfolioPlan plan = Plan(Portfolio(), options);

        Assert.Equal(new Money(32m * 100m + 56m * 80m, Currency.FromCode("EUR")), plan.StaffingCost);
        Assert.Equal(Of(Plan(Portfolio()), "BETA", "schema").Start, Of(plan, "BETA", "schema").Start);
    }

    [Fact]
    public void Links_between_projects_hold()
    {
        var portfolio = new Portfolio(
            [new PortfolioProject(Alpha), new PortfolioProject(Beta)],
            Requirements,
            Pool,
            Monday,
            [MeiElsewhere],
            [new PortfolioLink(Beta.Id, new ActivityId("api"), Alpha.Id, new ActivityId("test"))]
        );

        PortfolioPlan plan = Plan(portfolio);

        Assert.True(Of(plan, "ALPHA", "test").Start >= Of(plan, "BETA", "api").Finish);
    }
}
