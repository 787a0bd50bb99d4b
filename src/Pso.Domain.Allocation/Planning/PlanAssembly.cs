using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Pso.Domain.Calendars;
using Pso.Domain.Resources;
using Pso.Domain.Scheduling;
using Pso.Domain.Scheduling.Cpm;

namespace Pso.Domain.Allocation.Planning;

/// <summary>
/// Turns a levelled schedule in periods back into dates and names: the levelling delays that make CPM on each network
/// start every task at its levelled period, the bookings of the people chosen day by day on their calendars (never
/// beyond what they have free), and every shortfall, delay and missed deadline explained.
/// </summary>
internal sealed class PlanAssembly
{
    private readonly PlanRun _run;
    private readonly int[] _starts;
    private readonly long _schedules;
    private readonly string _strategy;
    private readonly List<PlanShortfall> _shortfalls;
    private readonly Dictionary<(int Person, LocalDate Date), Work> _left = [];
    private readonly Dictionary<ActivityRef, ActivitySchedule> _final = [];
    private readonly Dictionary<ActivityRef, Duration> _delays = [];
    private readonly List<Booking> _bookings = [];
    private readonly Dictionary<ResourceId, List<Booking>> _bookingsOf = [];
    private readonly List<Booking> _unlevelledBookings = [];

    internal PlanAssembly(PlanRun run, int[] starts, long schedules, string strategy, List<PlanShortfall> shortfalls)
    {
        _run = run;
        _starts = starts;
        _schedules = schedules;
        _strategy = strategy;
        _shortfalls = shortfalls;
    }

    internal PortfolioPlan Build()
    {
        ImmutableArray<Project> networks = [.. _run.Portfolio.Projects.Select((p, i) => Delay(i))];
        Book();
        ImmutableArray<PlannedActivity> activities = [.. _run.Tasks.Select(Planned)];
        ImmutableArray<ProjectOutcome> outcomes = [.. _run.Portfolio.Projects.Select((p, i) => Outcome(i, activities))];
        return new PortfolioPlan(
            _run.Portfolio,
            _run.Options,
            activities,
            outcomes,
            [.. _bookings],
            [.. _unlevelledBookings],
            [.. _shortfalls],
            networks,
            Cost(),
            _schedules,
            _strategy,
            _run.Axis.Calendar
        );
    }

    // ---- Dates ------------------------------------------------------------------------------------------------------

    /// <summary>Finds the levelling delays of one project: round by round, each task whose start falls short of its
    /// levelled period and has no ancestor still short is held back by the working time between; CPM then moves its
    /// successors, which the next round settles.</summary>
    private Project Delay(int p)
    {
        Project network = _run.NetworkOf(p);
        var targets = new Dictionary<ActivityId, LocalDateTime>();
        foreach (
            PlanTask task in _run.Tasks.Where(t =>
                t.Project == p && t.Index >= 0 && (t.Duration > 0 || t.Activity.Duration == Duration.Zero)
            )
        )
        {
            // A task starts with its period; a milestone stands where the period before it ends (a link from
            // another project can hold it back).
            int period = _starts[task.Index];
            targets[task.Activity.Id] =
                task.Duration > 0
                    ? task.Calendar.NextWorkingMoment(_run.Axis.StartOf(period))
                    : _run.Axis.EndOf(period - 1);
        }
        var delays = new Dictionary<ActivityId, Duration>();
        var scheduler = new CpmScheduler();
        Project current = network;
        ScheduleResult result = _run.UnlevelledOf(p);
        List<ActivityId> order = Topological(network);
        ILookup<ActivityId, ActivityId> predecessors = network.Dependencies.ToLookup(
            d => d.Successor,
            d => d.Predecessor
        );
        for (int round = 0; round <= order.Count; round++)
        {
            var shortOf = new HashSet<ActivityId>();
            var behindShort = new HashSet<ActivityId>();
            bool changed = false;
            foreach (ActivityId id in order)
            {
                bool ancestorShort = predecessors[id].Any(p => shortOf.Contains(p) || behindShort.Contains(p));
                if (ancestorShort)
                {
                    behindShort.Add(id);
                }
                if (!targets.TryGetValue(id, out LocalDateTime target) || result[id].Start >= target)
                {
                    continue;
                }
                shortOf.Add(id);
                if (!ancestorShort)
                {
                    WorkCalendar calendar = network.CalendarOf(network.GetActivity(id));
                    delays[id] = delays.GetValueOrDefault(id) + calendar.WorkingTimeBetween(result[id].Start, target);
                    changed = true;
                }
            }
            if (!changed)
            {
                break;
            }
            current = network.WithActivities(
                network.Activities.Select(a =>
                    delays.TryGetValue(a.Id, out Duration delay) ? a with { LevellingDelay = delay } : a
                ),
                network.StatusDate
            );
            result = scheduler.Schedule(current);
        }
        foreach (ActivitySchedule at in result.Activities)
        {
            var reference = new ActivityRef(network.Id, at.Activity);
            _final[reference] = at;
            _delays[reference] = delays.GetValueOrDefault(at.Activity);
        }
        return current;
    }

    private static List<ActivityId> Topological(Project network)
    {
        var waiting = network.Activities.ToDictionary(a => a.Id, _ => 0);
        foreach (Dependency d in network.Dependencies)
        {
            waiting[d.Successor]++;
        }
        var successors = network.Dependencies.ToLookup(d => d.Predecessor, d => d.Successor);
        var queue = new Queue<ActivityId>(network.Activities.Select(a => a.Id).Where(id => waiting[id] == 0));
        var order = new List<ActivityId>();
        while (queue.TryDequeue(out ActivityId id))
        {
            order.Add(id);
            foreach (ActivityId next in successors[id])
            {
                if (--waiting[next] == 0)
                {
                    queue.Enqueue(next);
                }
            }
        }
        return order;
    }

    // ---- People -----------------------------------------------------------------------------------------------------

    /// <summary>Books the people chosen for each task on the days it works, in order of start: units of their working
    /// time within the task's hours each day, never beyond what the day has left (capacity less the bookings kept and
    /// those made before); what does not fit is reported with the reason.</summary>
    private void Book()
    {
        foreach (PlanTask task in _run.Tasks.Where(t => t.Needs.Count > 0).OrderBy(t => _final[t.Ref].Start))
        {
            ActivitySchedule at = _final[task.Ref];
            if (at.Finish > _run.Axis.End)
            {
                _shortfalls.Add(
                    new PlanShortfall(
                        PlanShortfallCodes.BeyondHorizon,
                        $"Activity '{task.Ref}' finishes {at.Finish:ddd d MMM uuuu}, after the planning horizon "
                            + $"({_run.Axis.End.Date.PlusDays(-1):d MMM uuuu}); it is levelled on full capacity "
                            + "there, and its people are booked only where their calendars and absences allow."
                    )
                    {
                        Activity = task.Ref,
                        Project = task.Ref.Project,
                    }
                );
            }
            var byPerson = new Dictionary<int, Work[]>();
            // Work before the status date is done: nothing is booked for it.
            LocalDate first = LocalDate.Max(at.Start.Date, _run.Portfolio.StatusDate);
            if (at.Finish.Date < first)
            {
                continue;
            }
            int days = Period.DaysBetween(first, at.Finish.Date) + 1;
            foreach (PlanNeed need in task.Needs)
            {
                Work missing = Work.Zero;
                var missingDays = new List<LocalDate>();
                foreach ((int person, int units) in need.Assigned)
                {
                    Resource resource = _run.People[person];
                    Work[] work = byPerson.TryGetValue(person, out Work[]? w) ? w : byPerson[person] = new Work[days];
                    for (int d = 0; d < days; d++)
                    {
                        LocalDate date = first.PlusDays(d);
                        Work hours = Hours(resource.Calendar, date, at, units, _run.Portfolio.StatusDate);
                        Work granted = Take(person, date, hours);
                        work[d] += granted;
                        if (granted < hours)
                        {
                            missing += hours - granted;
                            missingDays.Add(date);
                        }
                    }
                }
                if (missing > Work.Zero)
                {
                    ReportUnstaffed(task, need, missing, missingDays);
                }
            }
            BookUnlevelled(task);
            foreach ((int person, Work[] work) in byPerson.Where(p => p.Value.Any(w => w > Work.Zero)))
            {
                Booking booking = DayByDay(task, _run.People[person].Id, "", first, work);
                _bookings.Add(booking);
                if (!_bookingsOf.TryGetValue(booking.Resource, out List<Booking>? own))
                {
                    own = [];
                    _bookingsOf[booking.Resource] = own;
                }
                own.Add(booking);
            }
        }
    }

    /// <summary>Books a task's people at its unlevelled dates, as if levelling had not moved it and their time had no
    /// limit: what the portfolio asked of them before levelling.</summary>
    private void BookUnlevelled(PlanTask task)
    {
        ActivitySchedule at = task.Unlevelled;
        LocalDate first = LocalDate.Max(at.Start.Date, _run.Portfolio.StatusDate);
        if (at.Finish.Date < first)
        {
            return;
        }
        int days = Period.DaysBetween(first, at.Finish.Date) + 1;
        foreach (var person in task.Needs.SelectMany(n => n.Assigned).GroupBy(a => a.Person))
        {
            Resource resource = _run.People[person.Key];
            Work[] work = new Work[days];
            for (int d = 0; d < days; d++)
            {
                LocalDate date = first.PlusDays(d);
                work[d] = resource.Absences.Any(a => a.Dates.Contains(date))
                    ? Work.Zero
                    : Hours(resource.Calendar, date, at, person.Sum(a => a.Units), _run.Portfolio.StatusDate);
            }
            if (work.Any(w => w > Work.Zero))
            {
                _unlevelledBookings.Add(DayByDay(task, resource.Id, "/unlevelled", first, work));
            }
        }
    }

    /// <summary>A confirmed booking of a person on a task with each day's work from the first date on.</summary>
    private static Booking DayByDay(PlanTask task, ResourceId person, string suffix, LocalDate first, Work[] work) =>
        new(
            new BookingId($"{task.Ref}/{person}{suffix}"),
            person,
            task.Ref.Project,
            new DateInterval(first, first.PlusDays(work.Length - 1)),
            BookingLoad.Hours(0m)
        )
        {
            Activity = task.Ref.Activity,
            Contour = WorkContour.Explicit,
            ExplicitWork = [.. work],
            Status = BookingStatus.Confirmed,
        };

    /// <summary>Returns a person's work on a task on one date: units of their working time between the task's start
    /// and finish that day; none on a day they are absent.</summary>
    private static Work Hours(WorkCalendar calendar, LocalDate date, ActivitySchedule at, int units, LocalDate status)
    {
        LocalDateTime from = LocalDateTime.Max(LocalDateTime.Max(date.AtMidnight(), at.Start), status.AtMidnight());
        LocalDateTime to = LocalDateTime.Min(date.PlusDays(1).AtMidnight(), at.Finish);
        if (to <= from)
        {
            return Work.Zero;
        }
        long ticks = calendar.WorkingTimeBetween(from, to).BclCompatibleTicks * units / 100;
        return Work.FromDuration(Duration.FromTicks(ticks));
    }

    /// <summary>Takes work from what a person has left on a date (inside the horizon), returning what was
    /// granted.</summary>
    private Work Take(int person, LocalDate date, Work hours)
    {
        if (hours <= Work.Zero)
        {
            return Work.Zero;
        }
        Resource resource = _run.People[person];
        if (!_left.TryGetValue((person, date), out Work left))
        {
            var day = new DateInterval(date, date);
            Work available =
                _run.Existing.Horizon.Contains(date) ? _run.Existing.Available(resource.Id, day)
                : resource.Absences.Any(a => a.Dates.Contains(date)) ? Work.Zero
                : Work.FromDuration(resource.Calendar.WorkingTime(day)) * resource.UnitsOn(date);
            left = available > Work.Zero ? available : Work.Zero;
        }
        Work granted = hours <= left ? hours : left;
        _left[(person, date)] = left - granted;
        return granted;
    }

    private void ReportUnstaffed(PlanTask task, PlanNeed need, Work missing, List<LocalDate> days)
    {
        LocalDate first = days.Min();
        LocalDate last = days.Max();
        string why = string.Join(
            "; ",
            need.Assigned.Select(a => a.Person)
                .Distinct()
                .Select(p => PlanExplainer.Describe(_run, p, first, last, task.Ref, PlannedOf))
                .Where(s => s.Length > 0)
        );
        _shortfalls.Add(
            new PlanShortfall(
                PlanShortfallCodes.Unstaffed,
                $"Activity '{task.Ref}' lacks {missing.Hours:0.##} h of {need.Requirement.Describe()} "
                    + $"{PlanExplainer.Span(first, last)}: {(why.Length > 0 ? why : "its people have no time left")}"
                    + $"{PlanExplainer.Others(_run, need, task)}."
            )
            {
                Activity = task.Ref,
                Project = task.Ref.Project,
                Dates = new DateInterval(first, last),
                Unstaffed = missing,
            }
        );
    }

    // ---- Activities and projects ------------------------------------------------------------------------------------

    /// <summary>Gets the bookings made so far for a person.</summary>
    private IReadOnlyList<Booking> PlannedOf(ResourceId person) =>
        _bookingsOf.TryGetValue(person, out List<Booking>? own) ? own : [];

    private PlannedActivity Planned(PlanTask task)
    {
        ActivitySchedule at = _final[task.Ref];
        Duration delay = _delays[task.Ref];
        return new PlannedActivity(task.Ref, at.Start, at.Finish, task.Unlevelled.Start, task.Unlevelled.Finish, delay)
        {
            DelayReason = delay > Duration.Zero ? PlanExplainer.WhyHeldBack(_run, task, at, delay, PlannedOf) : "",
        };
    }

    private ProjectOutcome Outcome(int p, ImmutableArray<PlannedActivity> activities)
    {
        PortfolioProject project = _run.Portfolio.Projects[p];
        ScheduleResult unlevelled = _run.UnlevelledOf(p);
        LocalDateTime finish = activities
            .Where(a => a.Activity.Project == project.Id)
            .Select(a => a.Finish)
            .DefaultIfEmpty(unlevelled.Finish)
            .Max();
        LocalDateTime? deadline = project.Deadline is LocalDateTime d && d.Date >= _run.Portfolio.StatusDate ? d : null;
        int late =
            deadline is LocalDateTime due && finish > due
                ? _run.Axis.Calendar.WorkingDays(new DateInterval(due.Date, finish.Date))
                    - (_run.Axis.Calendar.IsWorkingDay(due.Date) ? 1 : 0)
                : 0;
        late = deadline is LocalDateTime due2 && finish > due2 ? Math.Max(1, late) : late;
        if (late > 0)
        {
            _shortfalls.Add(
                new PlanShortfall(
                    PlanShortfallCodes.DeadlineMissed,
                    $"Project '{project.Id}' finishes {finish:ddd d MMM uuuu HH:mm}, {late} working "
                        + $"day{(late == 1 ? "" : "s")} after its deadline {deadline:ddd d MMM uuuu}"
                        + PlanExplainer.Latest(activities, project.Id)
                        + "."
                )
                {
                    Project = project.Id,
                }
            );
        }
        if (_run.Options.LevelWithinFloat && finish > unlevelled.Finish)
        {
            _shortfalls.Add(
                new PlanShortfall(
                    PlanShortfallCodes.FinishMoved,
                    $"Project '{project.Id}' could not be levelled within its float: it finishes "
                        + $"{finish:ddd d MMM uuuu HH:mm} instead of {unlevelled.Finish:ddd d MMM uuuu HH:mm}"
                        + PlanExplainer.Latest(activities, project.Id)
                        + "."
                )
                {
                    Project = project.Id,
                }
            );
        }
        return new ProjectOutcome(project.Id, finish, unlevelled.Finish, deadline, late);
    }

    private Money? Cost()
    {
        if (_run.Options.HourlyRate is not Func<Resource, LocalDate, Money?> rate)
        {
            return null;
        }
        Money? total = null;
        foreach (Booking booking in _bookings)
        {
            Resource person = _run.Portfolio.Pool[booking.Resource];
            for (int d = 0; d < booking.ExplicitWork.Length; d++)
            {
                Work work = booking.ExplicitWork[d];
                if (work > Work.Zero && rate(person, booking.Dates.Start.PlusDays(d)) is Money hourly)
                {
                    Money cost = (hourly * work.Hours).Round(MidpointRounding.ToEven);
                    total = total is Money sum ? sum + cost : cost;
                }
            }
        }
        return total;
    }
}
