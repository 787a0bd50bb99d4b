using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using NodaTime;
using Pso.Domain.Calendars;
using Pso.Domain.Periods;
using Pso.Domain.Resources;
using Pso.Domain.Resources.Capacity;
using Pso.Domain.Scheduling;
using Pso.Domain.Scheduling.Cpm;

namespace Pso.Domain.Allocation.Planning;

/// <summary>
/// Checks a plan independently of the planner, from the plan's own dates and bookings: nobody is booked beyond their
/// capacity on any day (by <see cref="CapacityPlan"/>, over-allocations the bookings kept already had excepted); CPM on
/// the plan's networks reproduces its dates; every link, no-earlier-than constraint and calendar holds; every booking
/// is of someone who meets one of the activity's requirements, on days the activity works.
/// </summary>
public static class PlanChecker
{
    /// <summary>Checks a plan.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>Every violation; empty when the plan holds.</returns>
    public static ImmutableArray<PlanViolation> Check(PortfolioPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var dates = plan.Activities.ToDictionary(a => a.Activity);
        var found = ImmutableArray.CreateBuilder<PlanViolation>();
        foreach (Project network in plan.Networks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            CheckReproduced(network, dates, found);
        }
        found.AddRange(
            CheckExternalPlan(plan.Portfolio, plan.Activities, plan.Bookings, plan.Options, cancellationToken)
        );
        return found.ToImmutable();
    }

    /// <summary>Checks a plan made elsewhere (by another tool, or by hand) against a portfolio: its dates and its
    /// bookings, by every rule but the reproduction by CPM (it has no levelling delays).</summary>
    /// <param name="portfolio">The portfolio.</param>
    /// <param name="activities">Each activity's dates (an activity left out is not checked).</param>
    /// <param name="bookings">The plan's bookings, beside the portfolio's own.</param>
    /// <param name="options">Whether tentative bookings were replaceable; <see cref="PlanningOptions.Default"/> when
    /// null.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>Every violation; empty when the plan holds.</returns>
    public static ImmutableArray<PlanViolation> CheckExternalPlan(
        Portfolio portfolio,
        IEnumerable<PlannedActivity> activities,
        IEnumerable<Booking> bookings,
        PlanningOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        ArgumentNullException.ThrowIfNull(activities);
        ArgumentNullException.ThrowIfNull(bookings);
        options ??= PlanningOptions.Default;
        var dates = activities.ToDictionary(a => a.Activity);
        ImmutableArray<Booking> planned = [.. bookings];
        var found = ImmutableArray.CreateBuilder<PlanViolation>();
        CheckCapacity(portfolio, dates.Values, planned, options, found);
        foreach (PortfolioProject project in portfolio.Projects)
        {
            cancellationToken.ThrowIfCancellationRequested();
            CheckNetwork(project.Network, dates, found);
        }
        foreach (PortfolioLink link in portfolio.Links)
        {
            var from = new ActivityRef(link.PredecessorProject, link.Predecessor);
            var to = new ActivityRef(link.SuccessorProject, link.Successor);
            if (dates.TryGetValue(from, out PlannedActivity? a) && dates.TryGetValue(to, out PlannedActivity? b))
            {
                Project network = portfolio.Projects.First(p => p.Id == to.Project).Network;
                WorkCalendar calendar = network.CalendarOf(network.GetActivity(to.Activity));
                CheckLink(calendar, a, b, link.Type, link.Lag, false, $"{from} to {to}", found);
            }
        }
        CheckBookings(portfolio, planned, dates, found);
        return found.ToImmutable();
    }

    /// <summary>Returns how many person-days a plan books beyond capacity, over-allocations the bookings kept already
    /// had excepted: 0 for every plan the planner returns.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The person-days.</returns>
    public static int OverAllocatedDays(PortfolioPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return OverAllocatedDays(plan.Portfolio, plan.Activities, plan.Bookings, plan.Options);
    }

    /// <summary>Returns how many person-days a plan made elsewhere books beyond capacity, over-allocations the
    /// portfolio's own bookings already had excepted.</summary>
    /// <param name="portfolio">The portfolio.</param>
    /// <param name="activities">Each activity's dates.</param>
    /// <param name="bookings">The plan's bookings.</param>
    /// <param name="options">Whether tentative bookings were replaceable; the default when null.</param>
    /// <returns>The person-days.</returns>
    public static int OverAllocatedDays(
        Portfolio portfolio,
        IEnumerable<PlannedActivity> activities,
        IEnumerable<Booking> bookings,
        PlanningOptions? options = null
    )
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        ArgumentNullException.ThrowIfNull(activities);
        ArgumentNullException.ThrowIfNull(bookings);
        var found = ImmutableArray.CreateBuilder<PlanViolation>();
        CheckCapacity(portfolio, activities, [.. bookings], options ?? PlanningOptions.Default, found);
        return found.Count;
    }

    private static void CheckCapacity(
        Portfolio portfolio,
        IEnumerable<PlannedActivity> activities,
        ImmutableArray<Booking> planned,
        PlanningOptions options,
        ImmutableArray<PlanViolation>.Builder found
    )
    {
        LocalDate last = planned
            .Select(b => b.Dates.End)
            .Concat(activities.Select(a => a.Finish.Date))
            .DefaultIfEmpty(portfolio.StatusDate)
            .Max();
        var horizon = new DateInterval(portfolio.StatusDate, LocalDate.Max(portfolio.StatusDate, last));
        var countTentative = CapacityPlanOptions.Default with { CountTentative = true };
        Booking[] kept =
        [
            .. portfolio.Bookings.Where(b => b.Status == BookingStatus.Confirmed || !options.ReplaceTentativeBookings),
        ];
        CapacityPlan with = CapacityPlan.Create(portfolio.Pool, kept.Concat(planned), [], horizon, countTentative);
        CapacityPlan before = CapacityPlan.Create(portfolio.Pool, kept, [], horizon, countTentative);
        var ours = planned.Select(b => b.Id).ToHashSet();
        var already = before
            .Overallocations(PeriodUnit.Day)
            .ToDictionary(o => (o.Resource, o.Period.Dates.Start), o => o.Excess);
        foreach (Overallocation over in with.Overallocations(PeriodUnit.Day))
        {
            Work excess = already.TryGetValue((over.Resource, over.Period.Dates.Start), out Work had)
                ? over.Excess - had
                : over.Excess;
            if (excess > Work.Zero && over.Bookings.Any(ours.Contains))
            {
                found.Add(
                    new PlanViolation(
                        "over-allocation",
                        $"{portfolio.Pool[over.Resource].Name} is booked {over.Booked.Hours:0.##} h on "
                            + $"{over.Period.Dates.Start:ddd d MMM uuuu} against {over.Capacity.Hours:0.##} h "
                            + $"({string.Join(", ", over.Bookings)})."
                    )
                );
            }
        }
    }

    /// <summary>Checks that CPM on a network with its levelling delays gives the plan's dates.</summary>
    private static void CheckReproduced(
        Project network,
        Dictionary<ActivityRef, PlannedActivity> dates,
        ImmutableArray<PlanViolation>.Builder found
    )
    {
        ScheduleResult result = new CpmScheduler().Schedule(network);
        foreach (ActivitySchedule at in result.Activities)
        {
            var reference = new ActivityRef(network.Id, at.Activity);
            if (
                dates.TryGetValue(reference, out PlannedActivity? planned)
                && (planned.Start != at.Start || planned.Finish != at.Finish)
            )
            {
                found.Add(
                    new PlanViolation(
                        "dates",
                        $"CPM puts '{reference}' at {at.Start:uuuu-MM-dd HH:mm}-{at.Finish:uuuu-MM-dd HH:mm}; the plan "
                            + $"says {planned.Start:uuuu-MM-dd HH:mm}-{planned.Finish:uuuu-MM-dd HH:mm}."
                    )
                );
            }
        }
    }

    private static void CheckNetwork(
        Project network,
        Dictionary<ActivityRef, PlannedActivity> dates,
        ImmutableArray<PlanViolation>.Builder found
    )
    {
        foreach (Activity activity in network.Activities.Where(a => a.Kind != ActivityKind.Summary))
        {
            var reference = new ActivityRef(network.Id, activity.Id);
            if (!dates.TryGetValue(reference, out PlannedActivity? planned))
            {
                continue;
            }
            WorkCalendar calendar = network.CalendarOf(activity);
            if (activity.IsStarted || activity.ManualStart is not null)
            {
                continue;
            }
            if (
                activity.Duration > Duration.Zero
                && (
                    calendar.WorkingTimeBetween(planned.Start, planned.Finish) != activity.Duration
                    || !calendar.IsWorking(planned.Start)
                )
            )
            {
                found.Add(
                    new PlanViolation(
                        "calendar",
                        $"'{reference}' does not work its {activity.Duration.TotalHours:0.##} h on calendar "
                            + $"'{calendar.Id}' from {planned.Start:uuuu-MM-dd HH:mm} to "
                            + $"{planned.Finish:uuuu-MM-dd HH:mm}."
                    )
                );
            }
            if (
                activity.Constraint is { Date: LocalDateTime date } constraint
                && (
                    (constraint.Type == ConstraintType.StartNoEarlierThan && planned.Start < date)
                    || (constraint.Type == ConstraintType.FinishNoEarlierThan && planned.Finish < date)
                )
            )
            {
                found.Add(
                    new PlanViolation(
                        "constraint",
                        $"'{reference}' breaks its {constraint.Type} {date:uuuu-MM-dd HH:mm} constraint."
                    )
                );
            }
        }
        foreach (Dependency link in network.Dependencies)
        {
            var from = new ActivityRef(network.Id, link.Predecessor);
            var to = new ActivityRef(network.Id, link.Successor);
            if (dates.TryGetValue(from, out PlannedActivity? a) && dates.TryGetValue(to, out PlannedActivity? b))
            {
                Activity successor = network.GetActivity(link.Successor);
                if (successor.IsStarted || successor.ManualStart is not null)
                {
                    continue;
                }
                Duration lag =
                    link.Lag.Kind == LagKind.PercentOfPredecessor
                        ? Duration.FromTicks(
                            (long)(
                                network.GetActivity(link.Predecessor).Duration.BclCompatibleTicks
                                * link.Lag.Percent
                                / 100m
                            )
                        )
                        : link.Lag.Time;
                CheckLink(
                    network.CalendarOf(successor),
                    a,
                    b,
                    link.Type,
                    lag,
                    link.Lag.Kind == LagKind.Elapsed,
                    link.ToString(),
                    found
                );
            }
        }
    }

    private static void CheckLink(
        WorkCalendar calendar,
        PlannedActivity predecessor,
        PlannedActivity successor,
        DependencyType type,
        Duration lag,
        bool elapsed,
        string name,
        ImmutableArray<PlanViolation>.Builder found
    )
    {
        LocalDateTime driver = type is DependencyType.FinishToStart or DependencyType.FinishToFinish
            ? predecessor.Finish
            : predecessor.Start;
        LocalDateTime driven = type is DependencyType.FinishToStart or DependencyType.StartToStart
            ? successor.Start
            : successor.Finish;
        LocalDateTime earliest =
            elapsed ? driver.PlusTicks(lag.BclCompatibleTicks)
            : lag >= Duration.Zero ? calendar.AddWorkingTime(driver, lag)
            : calendar.SubtractWorkingTime(driver, -lag);
        if (driven < earliest && calendar.WorkingTimeBetween(driven, earliest) > Duration.Zero)
        {
            found.Add(
                new PlanViolation(
                    "link",
                    $"The link {name} needs {driven:uuuu-MM-dd HH:mm} no earlier than {earliest:uuuu-MM-dd HH:mm}."
                )
            );
        }
    }

    private static void CheckBookings(
        Portfolio portfolio,
        ImmutableArray<Booking> bookings,
        Dictionary<ActivityRef, PlannedActivity> dates,
        ImmutableArray<PlanViolation>.Builder found
    )
    {
        var requirements = portfolio.Requirements.ToLookup(r => new ActivityRef(r.Project, r.Activity));
        foreach (Booking booking in bookings)
        {
            var reference = new ActivityRef(booking.Project, booking.Activity ?? default);
            Resource person = portfolio.Pool[booking.Resource];
            if (!dates.TryGetValue(reference, out PlannedActivity? planned))
            {
                found.Add(new PlanViolation("work", $"Booking '{booking.Id}' is for no planned activity."));
                continue;
            }
            LocalDate on = LocalDate.Max(portfolio.StatusDate, planned.UnlevelledStart.Date);
            if (!requirements[reference].Any(r => r.IsMetBy(person, on)))
            {
                found.Add(
                    new PlanViolation(
                        "qualification",
                        $"{person.Name} is booked on '{reference}' without meeting any of its requirements."
                    )
                );
            }
            for (int d = 0; d < booking.ExplicitWork.Length; d++)
            {
                LocalDate date = booking.Dates.Start.PlusDays(d);
                if (booking.ExplicitWork[d] > Work.Zero && (date < planned.Start.Date || date > planned.Finish.Date))
                {
                    found.Add(
                        new PlanViolation(
                            "work",
                            $"{person.Name} is booked on '{reference}' on {date:ddd d MMM uuuu}, when it does not work."
                        )
                    );
                }
            }
        }
    }
}
