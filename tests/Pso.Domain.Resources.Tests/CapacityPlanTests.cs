using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Pso.Domain.Calendars;
using Pso.Domain.Errors;
using Pso.Domain.Periods;
using Pso.Domain.Resources.Capacity;
using Pso.Domain.Scheduling;

namespace Pso.Domain.Resources.Tests;

public class CapacityPlanTests
{
    // January 2027 starts on a Friday; the standard calendar works 8 hours a day, Monday to Friday.
    private static readonly DateInterval Year = new(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31));
    private static readonly ProjectId Atlas = new("atlas");

    private static LocalDate Jan(int day) => new(2027, 1, day);

    private static DateInterval Days(LocalDate start, LocalDate end) => new(start, end);

    private static Resource Person(string id, params ResourceSkill[] skills) =>
        new(new ResourceId(id), id, WorkCalendar.Standard) { Skills = [.. skills] };

    private static Booking Book(string id, string resource, LocalDate start, LocalDate end, BookingLoad load) =>
        new(new BookingId(id), new ResourceId(resource), Atlas, new DateInterval(start, end), load);

    private static CapacityPlan Plan(
        IEnumerable<Resource> resources,
        IEnumerable<Booking> bookings,
        IEnumerable<Demand>? demands = null,
        CapacityPlanOptions? options = null
    ) => CapacityPlan.Create(new ResourcePool(resources), bookings, demands ?? [], Year, options);

    [Fact]
    public void A_part_time_person_with_a_holiday_inside_a_booking()
    {
        // Half-time all year, on holiday Wednesday 13 January; booked 3 hours a day for the week of 11 January.
        Resource ana = Person("ana") with
        {
            Availability = [new AvailabilityChange(Jan(1), 0.5m)],
            Absences = [new Absence(new DateInterval(Jan(13), Jan(13)))],
        };
        CapacityPlan plan = Plan([ana], [Book("b1", "ana", Jan(11), Jan(15), BookingLoad.Hours(3))]);
        DateInterval week = Days(Jan(11), Jan(17));

        Assert.Equal(Work.FromHours(16), plan.Capacity(ana.Id, week)); // four days at 4 h
        Assert.Equal(Work.FromHours(12), plan.Booked(ana.Id, week)); // the holiday takes no booked work
        Assert.Equal(Work.FromHours(4), plan.Available(ana.Id, week));
        Assert.DoesNotContain(plan.WorkOf(new BookingId("b1")), day => day.Date == Jan(13) && day.Work != Work.Zero);
    }

    [Fact]
    public void A_booking_across_a_daylight_saving_change_keeps_its_working_hours()
    {
        // Europe moves its clocks on Sunday 31 October 2027; working days are counted in local working time, so the
        // Monday after has its eight hours like any other.
        Resource ana = Person("ana");
        CapacityPlan plan = Plan(
            [ana],
            [Book("b1", "ana", new LocalDate(2027, 10, 25), new LocalDate(2027, 11, 5), BookingLoad.OfUnits(1m))]
        );

        Assert.Equal(
            Work.FromHours(80),
            plan.Booked(ana.Id, Days(new LocalDate(2027, 10, 25), new LocalDate(2027, 11, 5)))
        );
        Assert.Equal(
            Work.FromHours(8),
            plan.Capacity(ana.Id, Days(new LocalDate(2027, 11, 1), new LocalDate(2027, 11, 1)))
        );
        Assert.Equal(Work.Zero, plan.Available(ana.Id, Days(new LocalDate(2027, 10, 25), new LocalDate(2027, 11, 5))));
    }

    [Fact]
    public void Units_that_change_mid_month_change_capacity_from_that_day()
    {
        // Full time until Friday 15 January, 60 % from Monday 18.
        Resource ana = Person("ana") with { Availability = [new AvailabilityChange(Jan(18), 0.6m)] };
        CapacityPlan plan = Plan([ana], []);

        PeriodLoad<ResourceId> january = plan.ByResource(PeriodUnit.Month)[0];
        // 1, 4-8, 11-15: 11 days at 8 h; 18-22, 25-29: 10 days at 4.8 h.
        Assert.Equal(Work.FromHours((11 * 8) + (10 * 4.8m)), january.Capacity);
        Assert.Equal(Work.FromHours(4.8m), plan.Capacity(ana.Id, Days(Jan(18), Jan(18))));
    }

    [Fact]
    public void Over_allocation_names_the_bookings_and_grades_the_excess()
    {
        Resource ana = Person("ana");
        CapacityPlan plan = Plan(
            [ana],
            [
                Book("design", "ana", Jan(4), Jan(8), BookingLoad.Hours(6)),
                Book("support", "ana", Jan(6), Jan(6), BookingLoad.Hours(3)),
                Book("review", "ana", Jan(7), Jan(7), BookingLoad.Hours(2.5m)),
                Book("maybe", "ana", Jan(8), Jan(8), BookingLoad.Hours(8)) with
                {
                    Status = BookingStatus.Tentative,
                },
            ]
        );

        var clashes = plan.Overallocations(PeriodUnit.Day);

        Assert.Equal(2, clashes.Length);
        Assert.Equal(
            (Jan(6), Work.FromHours(1), OverallocationSeverity.Major),
            (clashes[0].Period.Start, clashes[0].Excess, clashes[0].Severity)
        );
        Assert.Equal(["design", "support"], clashes[0].Bookings.Select(b => b.Value));
        Assert.Equal(
            (Jan(7), Work.FromHours(0.5m), OverallocationSeverity.Minor),
            (clashes[1].Period.Start, clashes[1].Excess, clashes[1].Severity)
        );

        var counted = CapacityPlan
            .Create(new ResourcePool([ana]), plan.Bookings, [], Year, new CapacityPlanOptions { CountTentative = true })
            .Overallocations(PeriodUnit.Day);
        Assert.Contains(counted, c =>
            c.Period.Start == Jan(8)
            && c.Severity == OverallocationSeverity.Critical
            && c.Bookings.Contains(new BookingId("maybe"))
        );
    }

    [Fact]
    public void Under_utilisation_and_utilisation_against_actual_hours()
    {
        Resource ana = Person("ana");
        CapacityPlan plan = Plan([ana], [Book("b1", "ana", Jan(4), Jan(8), BookingLoad.Hours(2))]);
        DateInterval week = Days(Jan(4), Jan(10));

        Underutilisation low = Assert.Single(plan.Underutilisations(PeriodUnit.Week, 0.5m), u =>
            u.Period.Start == Jan(4)
        );
        Assert.Equal(0.25m, low.Utilisation);
        UtilisationSummary summary = plan.Utilisation(
            ana.Id,
            week,
            [
                new ActualWork(ana.Id, Jan(4), Work.FromHours(6)),
                new ActualWork(ana.Id, Jan(5), Work.FromHours(2), Billable: false),
                new ActualWork(ana.Id, Jan(20), Work.FromHours(8)),
                new ActualWork(new ResourceId("ben"), Jan(4), Work.FromHours(8)),
            ]
        );
        Assert.Equal(
            (Work.FromHours(40), Work.FromHours(10), Work.FromHours(6), Work.FromHours(2)),
            (summary.Capacity, summary.Booked, summary.Billable, summary.NonBillable)
        );
        Assert.Equal(0.2m, summary.ActualUtilisation);
        Assert.Equal(0.15m, summary.BillableUtilisation);
    }

    [Fact]
    public void Contours_shape_the_work_and_keep_its_total()
    {
        Resource ana = Person("ana");
        CapacityPlan plan = Plan(
            [ana],
            [
                Book("front", "ana", Jan(4), Jan(8), BookingLoad.Hours(6)) with
                {
                    Contour = WorkContour.FrontLoaded,
                },
                Book("bell", "ana", Jan(11), Jan(15), BookingLoad.Hours(6)) with
                {
                    Contour = WorkContour.Bell,
                },
                Book("hand", "ana", Jan(16), Jan(18), BookingLoad.Hours(0)) with
                {
                    Contour = WorkContour.Explicit,
                    ExplicitWork = [Work.FromHours(1), Work.Zero, Work.FromHours(2.5m)],
                },
            ]
        );

        decimal[] front = [.. plan.WorkOf(new BookingId("front")).Select(d => d.Work.Hours)];
        decimal[] bell = [.. plan.WorkOf(new BookingId("bell")).Select(d => d.Work.Hours)];
        Assert.Equal([10m, 8m, 6m, 4m, 2m], front); // weights 5:4:3:2:1 of 30 h
        Assert.Equal(
            [10m / 3, 20m / 3, 10m, 20m / 3, 10m / 3],
            bell.Select(h => decimal.Round(h, 6)).ToArray(),
            new RoundedComparer()
        );
        Assert.Equal(30m, bell.Sum());
        Assert.Equal([1m, 0m, 2.5m], plan.WorkOf(new BookingId("hand")).Select(d => d.Work.Hours));
    }

    private sealed class RoundedComparer : IEqualityComparer<decimal>
    {
        public bool Equals(decimal x, decimal y) => Math.Abs(x - y) < 0.000001m;

        public int GetHashCode(decimal obj) => 0;
    }

    [Fact]
    public void Roll_ups_by_role_skill_team_and_project()
    {
        var analyst = new RoleId("analyst");
        var sql = new SkillId("sql");
        var data = new TeamId("data");
        Resource ana = Person("ana", new ResourceSkill(sql, 4)) with { Roles = [analyst], Teams = [data] };
        Resource ben = Person("ben", new ResourceSkill(sql, 2)) with { Roles = [analyst], Teams = [data] };
        CapacityPlan plan = Plan(
            [ana, ben],
            [
                Book("a", "ana", Jan(4), Jan(8), BookingLoad.Hours(4)),
                Book("b", "ben", Jan(4), Jan(8), BookingLoad.Hours(2)) with
                {
                    Project = new ProjectId("borealis"),
                },
            ]
        );

        PeriodLoad<RoleId> role = plan.ByRole(PeriodUnit.Month)[0];
        Assert.Equal((analyst, Work.FromHours(2 * 21 * 8), Work.FromHours(30)), (role.Key, role.Capacity, role.Booked));
        Assert.Equal(role.Capacity, plan.BySkill(PeriodUnit.Month)[0].Capacity);
        Assert.Equal(role.Available, plan.ByTeam(PeriodUnit.Month)[0].Available);
        Assert.Equal(
            [("atlas", 20m), ("borealis", 10m)],
            plan.ByProject(PeriodUnit.Year).Select(p => (p.Key.Value, p.Booked.Hours))
        );
    }

    [Fact]
    public void The_skill_search_ranks_by_proficiency_then_free_time_and_skips_the_busy_and_the_expired()
    {
        var sql = new SkillId("sql");
        CapacityPlan plan = Plan(
            [
                Person("ana", new ResourceSkill(sql, 3)),
                Person("ben", new ResourceSkill(sql, 5)),
                Person("cy", new ResourceSkill(sql, 3)),
                Person("dee", new ResourceSkill(sql, 4, Expires: Jan(20))),
                Person("eve", new ResourceSkill(sql, 2)),
                Person("fay", new ResourceSkill(new SkillId("java"), 5)),
            ],
            [
                Book("ana-busy", "ana", Jan(11), Jan(15), BookingLoad.Hours(2)),
                Book("ben-busy", "ben", Jan(18), Jan(22), BookingLoad.Hours(7)),
            ]
        );

        var matches = plan.FindAvailable(sql, 3, Work.FromHours(10), Days(Jan(11), Jan(24)));

        Assert.Equal(["cy", "ana"], matches.Select(m => m.Resource.Value));
        Assert.Equal((Work.FromHours(80), Work.FromHours(40)), (matches[0].Available, matches[0].LeastWeek));
        Assert.Equal(Work.FromHours(30), matches[1].LeastWeek);
    }

    [Fact]
    public void Capacity_against_demand_shows_what_is_unstaffed()
    {
        var analyst = new RoleId("analyst");
        Resource ana = Person("ana") with { Roles = [analyst] };
        var demand = new Demand(new DemandId("d1"), Atlas, new DateInterval(Jan(4), Jan(15)), Work.FromHours(60))
        {
            Role = analyst,
        };
        CapacityPlan plan = Plan(
            [ana],
            [
                Book("b1", "ana", Jan(4), Jan(8), BookingLoad.Hours(4)) with
                {
                    Demand = demand.Id,
                },
                Book("b2", "ana", Jan(11), Jan(15), BookingLoad.Hours(4)) with
                {
                    Demand = demand.Id,
                    Status = BookingStatus.Tentative,
                },
            ],
            [demand]
        );

        CapacityDemand<RoleId> january = plan.RoleCapacityVersusDemand(PeriodUnit.Month)[0];

        Assert.Equal(
            (Work.FromHours(21 * 8), Work.FromHours(60), Work.FromHours(20), Work.FromHours(40)),
            (january.Capacity, january.Demand, january.Staffed, january.Unstaffed)
        );
        Assert.Equal(
            Work.FromHours(40),
            CapacityPlan
                .Create(plan.Pool, plan.Bookings, plan.Demands, Year, new CapacityPlanOptions { CountTentative = true })
                .RoleCapacityVersusDemand(PeriodUnit.Month)[0]
                .Staffed
        );
        Assert.Equal(
            Work.FromHours(60),
            Demand
                .PerDay(new DemandId("d2"), Atlas, new DateInterval(Jan(4), Jan(15)), 0.75m, WorkCalendar.Standard)
                .Effort
        );
    }

    [Fact]
    public void Every_rule_on_bookings_and_demands_names_the_record_the_field_and_the_value()
    {
        Resource ana = Person("ana") with { MaxUnits = 1m };
        var sql = new SkillId("sql");
        Demand Need(string id, decimal hours) =>
            new(new DemandId(id), Atlas, Days(Jan(4), Jan(8)), Work.FromHours(hours));
        var error = Assert.Throws<ValidationException>(() =>
            Plan(
                [ana],
                [
                    Book("b", "ana", Jan(4), Jan(8), BookingLoad.Hours(4)),
                    Book("b", "ana", Jan(11), Jan(15), BookingLoad.Hours(4)),
                    Book("ghost", "nobody", Jan(4), Jan(8), BookingLoad.OfUnits(1.5m)),
                    Book("full", "ana", Jan(4), Jan(8), BookingLoad.OfUnits(1m)),
                    Book("units", "ana", Jan(4), Jan(8), BookingLoad.OfUnits(1.5m)),
                    Book("explicit", "ana", Jan(4), Jan(6), BookingLoad.Hours(0)) with
                    {
                        Contour = WorkContour.Explicit,
                        ExplicitWork = [Work.FromHours(1)],
                    },
                ],
                [
                    Need("d1", 10),
                    Need("d1", 10),
                    Need("none", 0),
                    Need("d2", -1),
                    Need("d3", 1) with
                    {
                        Skills = [new SkillRequirement(sql, 0)],
                    },
                    Need("edges", 1) with
                    {
                        Skills = [new SkillRequirement(sql, 1), new SkillRequirement(sql, 5)],
                    },
                    Need("d5", 1) with
                    {
                        Skills = [new SkillRequirement(sql, 6)],
                    },
                ]
            )
        );

        Assert.Equal(
            [
                ("b", "id", "Booking 'b' appears more than once."),
                ("ghost", "resource", "Booking 'ghost' is for resource 'nobody', which the pool does not have."),
                ("units", "load", "Booking 'units' books 1.5 units of 'ana', whose maximum is 1."),
                ("explicit", "explicitWork", "Booking 'explicit' gives 1 daily values for 3 days."),
                ("d1", "id", "Demand 'd1' appears more than once."),
                ("d2", "effort", "Demand 'd2' needs negative effort (-1h)."),
                ("d3", "skills", "Demand 'd3' asks for skill 'sql' at level 0; levels run from 1 to 5."),
                ("d5", "skills", "Demand 'd5' asks for skill 'sql' at level 6; levels run from 1 to 5."),
            ],
            error.Errors.Select(e => (e.Location.RecordId!, e.Location.Field!, e.Message))
        );
    }

    [Fact]
    public void Tentative_work_units_contours_and_an_absence_on_the_first_day_are_laid_out_exactly()
    {
        // The horizon starts on Friday 1 January, on which Ana is away.
        Resource ana = Person("ana") with { Absences = [new Absence(Days(Jan(1), Jan(1)))] };
        DateInterval week = Days(Jan(4), Jan(8));
        CapacityPlan plan = Plan(
            [ana],
            [
                Book("first", "ana", Jan(1), Jan(4), BookingLoad.Hours(2)),
                Book("maybe", "ana", Jan(5), Jan(8), BookingLoad.Hours(2)) with
                {
                    Status = BookingStatus.Tentative,
                },
                Book("half", "ana", Jan(5), Jan(8), BookingLoad.OfUnits(0.5m)),
                // Friday and Monday around a weekend: two working days, the first weighted 2, the second 1.
                Book("front", "ana", Jan(8), Jan(11), BookingLoad.Hours(4)) with
                {
                    Contour = WorkContour.FrontLoaded,
                },
            ]
        );

        Assert.Equal(Work.Zero, plan.WorkOf(new BookingId("first")).Single(d => d.Date == Jan(1)).Work);
        Assert.Equal(Work.FromHours(8), plan.Booked(ana.Id, week, BookingStatus.Tentative));
        // Monday's 2 h of "first", four half days of 4 h, and Friday's 5 h 20 min of "front".
        Assert.Equal(Work.FromHours(2 + 16) + Work.FromMinutes(320), plan.Booked(ana.Id, week));
        Assert.Equal(
            new[] { Work.FromMinutes(320), Work.Zero, Work.Zero, Work.FromMinutes(160) },
            plan.WorkOf(new BookingId("front")).Select(d => d.Work)
        );
    }

    [Fact]
    public void Bad_bookings_and_demands_are_typed_errors_naming_each_record()
    {
        Resource ana = Person("ana") with { MaxUnits = 1m };
        var error = Assert.Throws<ValidationException>(() =>
            Plan(
                [ana],
                [
                    Book("ghost", "nobody", Jan(4), Jan(8), BookingLoad.Hours(4)),
                    Book("negative", "ana", Jan(4), Jan(8), BookingLoad.Hours(-1)),
                    Book("too-much", "ana", Jan(4), Jan(8), BookingLoad.OfUnits(1.5m)),
                ],
                [
                    new Demand(new DemandId("d1"), Atlas, new DateInterval(Jan(4), Jan(8)), Work.FromHours(10))
                    {
                        Skills = [new SkillRequirement(new SkillId("sql"), 6)],
                    },
                ]
            )
        );

        Assert.Equal(
            [
                ("ghost", ResourceErrorCodes.UnknownResource),
                ("negative", ResourceErrorCodes.NegativeAmount),
                ("too-much", ResourceErrorCodes.UnitsAboveMaximum),
                ("d1", ResourceErrorCodes.SkillLevelOutOfRange),
            ],
            error.Errors.Select(e => (e.Location.RecordId!, e.Code))
        );
        // A booking cannot end before it starts: its dates are an interval, which refuses that when it is made.
        Assert.Throws<ArgumentException>(() => Book("backwards", "ana", Jan(8), Jan(4), BookingLoad.Hours(4)));
        var skill = Assert.Throws<ValidationException>(() =>
            new ResourcePool([Person("ana", new ResourceSkill(new SkillId("sql"), 0))])
        );
        Assert.Equal(ResourceErrorCodes.SkillLevelOutOfRange, Assert.Single(skill.Errors).Code);
    }
}
