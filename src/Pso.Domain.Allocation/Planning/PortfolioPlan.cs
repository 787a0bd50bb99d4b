using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Pso.Domain.Calendars;
using Pso.Domain.Resources;
using Pso.Domain.Resources.Capacity;
using Pso.Domain.Scheduling;

namespace Pso.Domain.Allocation.Planning;

/// <summary>
/// A plan of the portfolio in dates: every activity's levelled dates and delay, the bookings of who works on it how
/// many hours on which days, each project's finish against its deadline, the staffing cost, the score, and every
/// shortfall explained in dates and names.
/// </summary>
/// <remarks>Check it with <see cref="PlanChecker"/>; write it back with <see cref="Networks"/> (the networks with the
/// levelling delays, for CPM or Microsoft Project) and <see cref="ToCapacityPlan"/>. Instances are immutable.</remarks>
public sealed class PortfolioPlan
{
    internal PortfolioPlan(
        Portfolio portfolio,
        PlanningOptions options,
        ImmutableArray<PlannedActivity> activities,
        ImmutableArray<ProjectOutcome> projects,
        ImmutableArray<Booking> bookings,
        ImmutableArray<Booking> unlevelledBookings,
        ImmutableArray<PlanShortfall> shortfalls,
        ImmutableArray<Project> networks,
        Money? staffingCost,
        long schedules,
        string strategy,
        WorkCalendar calendar
    )
    {
        Portfolio = portfolio;
        Options = options;
        Activities = activities;
        Projects = projects;
        Bookings = bookings;
        UnlevelledBookings = unlevelledBookings;
        Shortfalls = shortfalls;
        Networks = networks;
        StaffingCost = staffingCost;
        Schedules = schedules;
        Strategy = strategy;
        Calendar = calendar;
        Finish = activities.Select(a => a.Finish).DefaultIfEmpty(portfolio.StatusDate.AtMidnight()).Max();
        WeightedLateness = projects
            .Zip(portfolio.Projects)
            .Sum(p => (long)p.First.WorkingDaysLate * System.Math.Clamp(p.Second.Priority, 1, 1_000));
        Work unstaffed = shortfalls.Aggregate(Work.Zero, (sum, s) => sum + s.Unstaffed);
        Work staffed = bookings.SelectMany(b => b.ExplicitWork).Aggregate(Work.Zero, (sum, w) => sum + w);
        StaffedWork = staffed;
        Score = new Score([
            new ScoreTerm(
                ScoreTerms.UnfilledWork,
                ScoreLevel.Medium,
                unstaffed.Hours,
                (long)decimal.Ceiling(unstaffed.Hours)
            ),
            new ScoreTerm(ScoreTerms.WeightedTardiness, ScoreLevel.Soft, WeightedLateness, WeightedLateness * 100_000),
            new ScoreTerm(ScoreTerms.Makespan, ScoreLevel.Soft, FinishDays, FinishDays),
        ]);
    }

    /// <summary>Gets the portfolio planned.</summary>
    public Portfolio Portfolio { get; }

    /// <summary>Gets the settings it was planned with.</summary>
    public PlanningOptions Options { get; }

    /// <summary>Gets every activity but summaries, project by project in the networks' order.</summary>
    public ImmutableArray<PlannedActivity> Activities { get; }

    /// <summary>Gets each project's finish against its deadline, in the portfolio's order.</summary>
    public ImmutableArray<ProjectOutcome> Projects { get; }

    /// <summary>Gets the bookings the plan makes: one per person and activity, confirmed, with the hours of each day
    /// (<see cref="WorkContour.Explicit"/>).</summary>
    public ImmutableArray<Booking> Bookings { get; }

    /// <summary>Gets the same people booked at the activities' unlevelled dates, with no limit on their time: what
    /// the portfolio asked of them before levelling (for the capacity heat map before and after).</summary>
    public ImmutableArray<Booking> UnlevelledBookings { get; }

    /// <summary>Gets what the plan could not do as asked, each explained.</summary>
    public ImmutableArray<PlanShortfall> Shortfalls { get; }

    /// <summary>Gets the networks with the levelling delays applied: CPM on them gives the plan's dates.</summary>
    public ImmutableArray<Project> Networks { get; }

    /// <summary>Gets the cost of the bookings at <see cref="PlanningOptions.HourlyRate"/>, each day rounded to the
    /// currency's minor unit; null when no rate is known.</summary>
    public Money? StaffingCost { get; }

    /// <summary>Gets the work booked.</summary>
    public Work StaffedWork { get; }

    /// <summary>Gets how many schedules the levelling search generated.</summary>
    public long Schedules { get; }

    /// <summary>Gets the name of the levelling strategy.</summary>
    public string Strategy { get; }

    /// <summary>Gets the portfolio calendar the plan counts working days on.</summary>
    public WorkCalendar Calendar { get; }

    /// <summary>Gets the last finish of any activity.</summary>
    public LocalDateTime Finish { get; }

    /// <summary>Gets the working days of the portfolio calendar from the status date to <see cref="Finish"/>, the
    /// status date's and the finish's included.</summary>
    public int FinishDays =>
        Finish.Date < Portfolio.StatusDate
            ? 0
            : Calendar.WorkingDays(new DateInterval(Portfolio.StatusDate, Finish.Date));

    /// <summary>Gets the sum over projects of working days late times priority (at least 1).</summary>
    public long WeightedLateness { get; }

    /// <summary>Gets the score: <c>unfilled-work</c> (medium, hours unstaffed), then <c>weighted-tardiness</c> and
    /// <c>makespan</c> (soft, <see cref="WeightedLateness"/> and <see cref="FinishDays"/>).</summary>
    public Score Score { get; }

    /// <summary>Returns the planned activity.</summary>
    /// <param name="activity">The activity.</param>
    /// <returns>Its dates and delay.</returns>
    /// <exception cref="Errors.UnknownIdException">The plan has no such activity.</exception>
    public PlannedActivity this[ActivityRef activity] =>
        Activities.FirstOrDefault(a => a.Activity == activity)
        ?? throw new Errors.UnknownIdException(
            AllocationErrorCodes.UnknownActivity,
            activity.ToString(),
            $"The plan has no activity '{activity}'."
        );

    /// <summary>Returns the capacity plan of the pool with the bookings kept and the plan's bookings, over the status
    /// date to the plan's finish: its over-allocations and utilisation are the plan's.</summary>
    /// <returns>The capacity plan; tentative bookings count.</returns>
    public CapacityPlan ToCapacityPlan() => CapacityPlanWith(Bookings);

    /// <summary>Returns the capacity plan of the pool with the bookings kept and <see cref="UnlevelledBookings"/>, over
    /// the same dates as <see cref="ToCapacityPlan"/>: the over-allocations levelling removed.</summary>
    /// <returns>The capacity plan; tentative bookings count.</returns>
    public CapacityPlan ToCapacityPlanBeforeLevelling() => CapacityPlanWith(UnlevelledBookings);

    private CapacityPlan CapacityPlanWith(ImmutableArray<Booking> planned)
    {
        var kept = Portfolio.Bookings.Where(b =>
            b.Status == BookingStatus.Confirmed || !Options.ReplaceTentativeBookings
        );
        LocalDate last = LocalDate.Max(Portfolio.StatusDate, Finish.Date);
        return CapacityPlan.Create(
            Portfolio.Pool,
            kept.Concat(planned),
            [],
            new DateInterval(Portfolio.StatusDate, last),
            CapacityPlanOptions.Default with
            {
                CountTentative = true,
            }
        );
    }
}
