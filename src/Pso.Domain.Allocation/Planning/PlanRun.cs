using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using NodaTime;
using Pso.Domain.Allocation.Levelling;
using Pso.Domain.Calendars;
using Pso.Domain.Resources;
using Pso.Domain.Resources.Capacity;
using Pso.Domain.Scheduling;
using Pso.Domain.Scheduling.Cpm;

namespace Pso.Domain.Allocation.Planning;

/// <summary>
/// One planning run: the portfolio's networks scheduled by CPM, converted to a levelling problem in periods of the
/// portfolio calendar with one column per person (capacity from calendars, units, absences and the bookings kept),
/// levelled, the people re-chosen along the levelled order and levelled again, and the best schedule turned back into
/// dates by levelling delays that CPM applies.
/// </summary>
internal sealed partial class PlanRun
{
    private const int Hundred = 100;

    private readonly Portfolio _portfolio;
    private readonly PlanningOptions _options;
    private readonly LevellingSolver _solver;
    private readonly IProgress<LevellingProgress>? _progress;
    private readonly CancellationToken _cancellationToken;
    private readonly List<PlanShortfall> _shortfalls = [];
    private readonly ImmutableArray<Resource> _people;
    private readonly PlanningAxis _axis;
    private readonly CapacityPlan _existing;
    private readonly List<PlanTask> _tasks = [];
    private readonly Dictionary<ActivityRef, PlanTask> _byRef = [];
    private readonly ScheduleResult[] _unlevelled;
    private readonly Project[] _networks;
    private readonly List<(PlanTask From, PlanTask To, DependencyType Type, int Lag)> _links = [];
    private int[][] _free = [];
    private int[] _settled = [];
    private int[] _most = [];
    private readonly Dictionary<(int Person, int Duration), int[]> _offers = [];
    private ILookup<ResourceId, Booking>? _keptByPerson;

    internal PlanRun(
        Portfolio portfolio,
        PlanningOptions options,
        LevellingSolver solver,
        IProgress<LevellingProgress>? progress,
        CancellationToken cancellationToken
    )
    {
        _portfolio = portfolio;
        _options = options;
        _solver = solver;
        _progress = progress;
        _cancellationToken = cancellationToken;
        _people = portfolio.Pool.Resources;
        WorkCalendar calendar = options.Calendar
            ?? (portfolio.Projects.IsEmpty ? WorkCalendar.Standard : portfolio.Projects[0].Network.Calendar);
        _axis = new PlanningAxis(calendar, portfolio.StatusDate, options.HorizonDays, options.Granularity);
        var horizon = new DateInterval(portfolio.StatusDate, portfolio.StatusDate.PlusDays(options.HorizonDays - 1));
        _existing = CapacityPlan.Create(
            portfolio.Pool,
            KeptBookings(),
            [],
            horizon,
            CapacityPlanOptions.Default with
            {
                CountTentative = !options.ReplaceTentativeBookings,
            },
            cancellationToken
        );
        _unlevelled = new ScheduleResult[portfolio.Projects.Length];
        _networks = new Project[portfolio.Projects.Length];
    }

    internal Portfolio Portfolio => _portfolio;

    internal PlanningOptions Options => _options;

    internal PlanningAxis Axis => _axis;

    internal CapacityPlan Existing => _existing;

    internal ImmutableArray<Resource> People => _people;

    internal IReadOnlyList<PlanTask> Tasks => _tasks;

    /// <summary>Gets the bookings that take capacity: confirmed ones, and tentative ones unless they may be
    /// replaced.</summary>
    internal IEnumerable<Booking> KeptBookings() =>
        _portfolio.Bookings.Where(b => b.Status == BookingStatus.Confirmed || !_options.ReplaceTentativeBookings);

    /// <summary>Gets the bookings kept of one person.</summary>
    internal IEnumerable<Booking> KeptBookingsOf(ResourceId person) =>
        (_keptByPerson ??= KeptBookings().ToLookup(b => b.Resource))[person];

    internal PortfolioPlan Run()
    {
        ScheduleUnlevelled();
        ReadRequirements();
        ReadLinks();
        MeasureCapacity();
        AssignByLoad();
        (int[] starts, long schedules, string strategy) = Level();
        return new PlanAssembly(this, starts, schedules, strategy, _shortfalls).Build();
    }

    // ---- Before levelling ------------------------------------------------------------------------------------------

    private void ScheduleUnlevelled()
    {
        var scheduler = new CpmScheduler();
        var pinned = _portfolio.Pinned.ToHashSet();
        for (int p = 0; p < _portfolio.Projects.Length; p++)
        {
            PortfolioProject project = _portfolio.Projects[p];
            Project network = AsOfStatusDate(project.Network);
            _networks[p] = network;
            ScheduleResult result = scheduler.Schedule(network, _cancellationToken);
            _unlevelled[p] = result;
            if (project.Deadline is LocalDateTime deadline && deadline.Date < _portfolio.StatusDate)
            {
                _shortfalls.Add(
                    new PlanShortfall(
                        PlanShortfallCodes.DeadlineBeforeStatusDate,
                        $"Project '{project.Id}' has its deadline {deadline:d MMM uuuu} before the status date "
                            + $"{_portfolio.StatusDate:d MMM uuuu}; it is planned as if it had none."
                    )
                    {
                        Project = project.Id,
                    }
                );
            }
            for (int j = 0; j < network.Activities.Length; j++)
            {
                Activity activity = network.Activities[j];
                if (activity.Kind == ActivityKind.Summary)
                {
                    continue;
                }
                var reference = new ActivityRef(project.Id, activity.Id);
                ActivitySchedule at = result.Activities[j];
                var task = new PlanTask(reference, p, activity, network.CalendarOf(activity), at)
                {
                    Levelled = !activity.IsStarted && activity.ManualStart is null && !pinned.Contains(reference),
                };
                // Work done before the status date takes no capacity: a started task from the status date on, a
                // finished one (or one that finished before it) none.
                LocalDateTime from = LocalDateTime.Max(at.EarlyStart, _portfolio.StatusDate.AtMidnight());
                task.Release = _axis.PeriodOfStart(from);
                task.Duration =
                    activity.Duration > Duration.Zero && !activity.IsFinished && at.EarlyFinish > from
                        ? Math.Max(0, _axis.PeriodOfFinish(at.EarlyFinish) - task.Release + 1)
                        : 0;
                _byRef[reference] = task;
                _tasks.Add(task);
            }
        }
    }

    /// <summary>Returns the network as of the portfolio's status date: work not started starts no earlier.</summary>
    private Project AsOfStatusDate(Project network)
    {
        LocalDateTime status = network.Calendar.NextWorkingMoment(_portfolio.StatusDate.AtMidnight());
        return network.StatusDate is LocalDateTime own && own >= status
            ? network
            : network.WithActivities(network.Activities, status);
    }

    /// <summary>Returns a project's network as the plan starts from: as of the status date.</summary>
    internal Project NetworkOf(int p) => _networks[p];

    private void ReadRequirements()
    {
        foreach (ResourceRequirement requirement in _portfolio.Requirements)
        {
            var reference = new ActivityRef(requirement.Project, requirement.Activity);
            if (!_byRef.TryGetValue(reference, out PlanTask? task))
            {
                bool summary = _portfolio
                    .Projects.Where(p => p.Id == reference.Project)
                    .Any(p =>
                        p.Network.TryGetActivity(reference.Activity, out Activity? a) && a.Kind == ActivityKind.Summary
                    );
                _shortfalls.Add(
                    new PlanShortfall(
                        summary ? PlanShortfallCodes.InvalidRequirement : PlanShortfallCodes.UnknownActivity,
                        summary
                            ? $"A requirement for {requirement.Describe()} names summary '{reference}'; requirements "
                                + "belong on its tasks; it is left out."
                            : $"A requirement for {requirement.Describe()} names activity '{reference}', which the "
                                + "portfolio does not have; it is left out."
                    )
                    {
                        Project = requirement.Project,
                    }
                );
                continue;
            }
            if (InvalidRequirement(requirement, reference, task) is string problem)
            {
                _shortfalls.Add(
                    new PlanShortfall(PlanShortfallCodes.InvalidRequirement, problem)
                    {
                        Activity = reference,
                        Project = reference.Project,
                    }
                );
                continue;
            }
            if (task.Activity.IsFinished)
            {
                continue;
            }
            decimal units = requirement.Effort is Work effort
                ? effort.Hours / (decimal)task.Activity.Duration.TotalHours
                : requirement.Units;
            int hundredths = (int)Math.Ceiling(Math.Max(0m, units) * Hundred);
            LocalDate on = LocalDate.Max(_portfolio.StatusDate, task.Unlevelled.EarlyStart.Date);
            int[] qualified = [.. Enumerable.Range(0, _people.Length).Where(i => requirement.IsMetBy(_people[i], on))];
            if (qualified.Length == 0)
            {
                _shortfalls.Add(
                    new PlanShortfall(
                        PlanShortfallCodes.NobodyQualified,
                        $"Activity '{reference}' needs {requirement.Describe()}: nobody in the pool "
                            + (Unknown(requirement.Person) is ResourceId p ? $"is {p}" : "holds it")
                            + "; it is planned without them."
                    )
                    {
                        Activity = reference,
                        Project = reference.Project,
                        Unstaffed = Work.FromDuration(task.Activity.Duration) * units,
                    }
                );
                continue;
            }
            if (hundredths > 0)
            {
                task.Needs.Add(new PlanNeed(requirement, qualified, hundredths));
            }
        }
    }

    /// <summary>Says what is wrong with a requirement that cannot be planned as given, if anything.</summary>
    private static string? InvalidRequirement(ResourceRequirement requirement, ActivityRef reference, PlanTask task)
    {
        string left = "; it is left out.";
        if (requirement.Person is null && requirement.Role is null && requirement.Skills.IsEmpty)
        {
            return $"A requirement of activity '{reference}' names no person, role or skill{left}";
        }
        if (requirement.Effort is Work effort ? effort <= Work.Zero : requirement.Units <= 0m)
        {
            return $"A requirement of activity '{reference}' for {requirement.Describe()} asks for "
                + (requirement.Effort is Work e ? $"{e.Hours:0.##} h of effort" : $"{requirement.Units:0.##} units")
                + $"; it must be more than zero{left}";
        }
        return task.Activity.Kind == ActivityKind.Milestone || task.Activity.Duration <= Duration.Zero
            ? $"Activity '{reference}' is a milestone (it takes no time): its requirement for "
                + $"{requirement.Describe()} needs no one{left}"
            : null;
    }

    private ResourceId? Unknown(ResourceId? person) =>
        person is ResourceId p && !_portfolio.Pool.Resources.Any(r => r.Id == p) ? p : null;

    private void ReadLinks()
    {
        foreach (PortfolioProject project in _portfolio.Projects)
        {
            foreach (Dependency link in project.Network.Dependencies)
            {
                AddLink(
                    new ActivityRef(project.Id, link.Predecessor),
                    new ActivityRef(project.Id, link.Successor),
                    link.Type,
                    LagTime(link.Lag, project.Network, link.Predecessor)
                );
            }
        }
        foreach (PortfolioLink link in _portfolio.Links)
        {
            var from = new ActivityRef(link.PredecessorProject, link.Predecessor);
            var to = new ActivityRef(link.SuccessorProject, link.Successor);
            if (!_byRef.ContainsKey(from) || !_byRef.ContainsKey(to))
            {
                ActivityRef missing = _byRef.ContainsKey(from) ? to : from;
                _shortfalls.Add(
                    new PlanShortfall(
                        PlanShortfallCodes.UnknownActivity,
                        $"The link from '{from}' to '{to}' names '{missing}', which the portfolio does not have"
                            + (
                                _portfolio.Projects.Any(p => p.Id == missing.Project)
                                    ? ""
                                    : $" (no project '{missing.Project}')"
                            )
                            + "; the link is left out."
                    )
                    {
                        Project = missing.Project,
                    }
                );
                continue;
            }
            AddLink(from, to, link.Type, link.Lag);
        }
    }

    /// <summary>Gets the activities of other projects that a task follows by a link.</summary>
    internal ImmutableArray<ActivityRef> PredecessorsElsewhere(PlanTask task) =>
        [.. _links.Where(l => l.To == task && l.From.Project != task.Project).Select(l => l.From.Ref).Distinct()];

    private static Duration LagTime(Lag lag, Project network, ActivityId predecessor) =>
        lag.Kind == LagKind.PercentOfPredecessor
            ? Duration.FromTicks(
                (long)(network.GetActivity(predecessor).Duration.BclCompatibleTicks * lag.Percent / 100m)
            )
            : lag.Time;

    private void AddLink(ActivityRef from, ActivityRef to, DependencyType type, Duration lag)
    {
        if (_byRef.TryGetValue(from, out PlanTask? a) && _byRef.TryGetValue(to, out PlanTask? b))
        {
            _links.Add((a, b, type, _axis.Periods(lag)));
        }
    }

    /// <summary>Works out each person's free units (hundredths) in every period of the horizon: their availability,
    /// nothing on an absence, less the share of the day's capacity the bookings kept take. A day off by the calendar
    /// keeps its units (it has no hours, so the work planned on it is none); bookings beyond capacity are
    /// reported.</summary>
    private void MeasureCapacity()
    {
        _free = new int[_people.Length][];
        _settled = new int[_people.Length];
        _most = new int[_people.Length];
        CheckKeptBookings();
        for (int r = 0; r < _people.Length; r++)
        {
            Resource person = _people[r];
            int[] free = new int[_axis.Length];
            LocalDate? lastDate = null;
            int dayFree = 0;
            for (int t = 0; t < _axis.Length; t++)
            {
                LocalDate date = _axis.DateOf(t);
                if (date != lastDate)
                {
                    dayFree = FreeOn(r, date);
                    lastDate = date;
                }
                free[t] = dayFree;
            }
            _free[r] = free;
            _settled[r] = (int)(person.UnitsOn(_axis.End.Date) * Hundred);
            _most[r] = (int)(
                person
                    .Availability.Where(a => a.From <= _axis.End.Date)
                    .Select(a => a.From <= _portfolio.StatusDate ? person.UnitsOn(_portfolio.StatusDate) : a.Units)
                    .Append(person.UnitsOn(_portfolio.StatusDate))
                    .Max() * Hundred
            );
        }
    }

    private int FreeOn(int r, LocalDate date)
    {
        Resource person = _people[r];
        var day = new DateInterval(date, date);
        int units = (int)decimal.Floor(person.UnitsOn(date) * Hundred);
        if (person.Absences.Any(a => a.Dates.Contains(date)))
        {
            return 0;
        }
        Work capacity = _existing.Capacity(person.Id, day);
        Work booked = capacity - _existing.Available(person.Id, day);
        return booked <= Work.Zero ? units
            : capacity <= Work.Zero ? 0
            : Math.Max(0, (int)decimal.Floor(units * (1m - booked.Hours / capacity.Hours)));
    }

    /// <summary>Reports every day on which the bookings kept put a person beyond their capacity.</summary>
    private void CheckKeptBookings()
    {
        var reported = new HashSet<(ResourceId, LocalDate)>();
        var over = new List<(ResourceId Person, LocalDate Date, Work Booked)>();
        foreach (Booking booking in KeptBookings())
        {
            ImmutableArray<(LocalDate Date, Work Work)> spread = _existing.WorkOf(booking.Id);
            Resource person = _portfolio.Pool[booking.Resource];
            if (
                booking.Dates.Start <= _existing.Horizon.End
                && booking.Dates.End >= _existing.Horizon.Start
                && spread.All(d => d.Work == Work.Zero)
                && (booking.Load.HoursPerDay > 0m || booking.Load.Units > 0m)
            )
            {
                _shortfalls.Add(
                    new PlanShortfall(
                        PlanShortfallCodes.BookingBeyondCapacity,
                        $"{person.Name} is booked on {booking.Project} ({booking.Id}, {booking.Load}) "
                            + $"{PlanExplainer.Span(booking.Dates.Start, booking.Dates.End)}, when their calendar has "
                            + "no working time; the booking takes nothing."
                    )
                    {
                        Dates = booking.Dates,
                    }
                );
                continue;
            }
            foreach ((LocalDate date, Work work) in spread)
            {
                var day = new DateInterval(date, date);
                Work available = _existing.Available(booking.Resource, day);
                if (work > Work.Zero && available < Work.Zero && reported.Add((booking.Resource, date)))
                {
                    over.Add((booking.Resource, date, _existing.Capacity(booking.Resource, day) - available));
                }
            }
        }
        foreach (var person in over.GroupBy(o => o.Person))
        {
            var days = person.OrderBy(o => o.Date).ToList();
            int first = 0;
            for (int k = 1; k <= days.Count; k++)
            {
                if (k < days.Count && Period.DaysBetween(days[k - 1].Date, days[k].Date) <= 5)
                {
                    continue;
                }
                ReportOverBooked(person.Key, days.GetRange(first, k - first));
                first = k;
            }
        }
    }

    private void ReportOverBooked(ResourceId id, List<(ResourceId Person, LocalDate Date, Work Booked)> days)
    {
        int r = _portfolio.Pool.Resources.IndexOf(_portfolio.Pool[id]);
        LocalDate from = days[0].Date;
        LocalDate to = days[^1].Date;
        (LocalDate worst, Work booked) = days.Select(d => (d.Date, d.Booked)).MaxBy(d => d.Booked);
        Work capacity = _existing.Capacity(id, new DateInterval(worst, worst));
        _shortfalls.Add(
            new PlanShortfall(
                PlanShortfallCodes.BookingBeyondCapacity,
                $"{_people[r].Name} is booked beyond capacity on {days.Count} day{(days.Count == 1 ? "" : "s")} "
                    + $"{PlanExplainer.Span(from, to)} (at most {booked.Hours:0.##} h against "
                    + $"{capacity.Hours:0.##} h, on {worst:ddd d MMM uuuu}; {BookingsOn(r, worst)}); nothing more is "
                    + "planned for them on those days."
            )
            {
                Dates = new DateInterval(from, to),
            }
        );
    }

    /// <summary>Describes the bookings kept that give a person work on a date.</summary>
    internal string BookingsOn(int r, LocalDate date) =>
        string.Join(
            "; ",
            KeptBookingsOf(_people[r].Id)
                .Where(b => b.Dates.Contains(date))
                .Select(b => $"booked on {b.Project} ({b.Status.ToString().ToLowerInvariant()}, {b.Id})")
        );

    /// <summary>Returns the most units a person has free through a whole run of some periods starting at or after a
    /// release, inside the horizon (so a later drop to half time does not halve work that can run before it, and a
    /// booking that leaves a fifth of their time does not promise a whole unit); their settled units when no run fits
    /// inside the horizon.</summary>
    internal int Offer(int person, int release, int duration)
    {
        int d = Math.Max(1, duration);
        if (!_offers.TryGetValue((person, d), out int[]? best))
        {
            // The least free units over each run of d periods, then the best of those from each start on.
            int[] free = _free[person];
            int runs = Math.Max(0, free.Length - d + 1);
            best = new int[runs + 1];
            var window = new LinkedList<int>();
            int[] least = new int[runs];
            for (int t = 0; t < free.Length; t++)
            {
                while (window.Count > 0 && free[window.Last!.Value] >= free[t])
                {
                    window.RemoveLast();
                }
                window.AddLast(t);
                if (window.First!.Value <= t - d)
                {
                    window.RemoveFirst();
                }
                if (t >= d - 1)
                {
                    least[t - d + 1] = free[window.First!.Value];
                }
            }
            for (int t = runs - 1; t >= 0; t--)
            {
                best[t] = Math.Max(best[t + 1], least[t]);
            }
            _offers[(person, d)] = best;
        }
        int from = Math.Clamp(release, 0, best.Length - 1);
        return best[from] > 0 ? best[from] : _settled[person];
    }

    /// <summary>Returns a person's free units in a period: full after the horizon.</summary>
    internal int FreeIn(int r, int period) => period < _axis.Length ? _free[r][period] : _settled[r];

    // ---- Choosing people ------------------------------------------------------------------------------------------

    /// <summary>Gives every need its people before levelling: tasks in order of their unlevelled start, each need to
    /// whoever meets it with the least work already given over the task's unlevelled run.</summary>
    private void AssignByLoad()
    {
        var load = new int[_people.Length][];
        for (int r = 0; r < _people.Length; r++)
        {
            load[r] = new int[_axis.Length + 1];
        }
        foreach (PlanTask task in _tasks.Where(t => t.Needs.Count > 0).OrderBy(t => t.Release).ThenBy(t => t.Project))
        {
            var taken = new HashSet<int>();
            foreach (PlanNeed need in task.Needs)
            {
                need.Assigned = Share(
                    need,
                    person => Overlap(load[person], task.Release, task.Duration, person),
                    taken,
                    person => Offer(person, task.Release, task.Duration)
                );
                taken.UnionWith(need.Assigned.Select(a => a.Person));
                ReportShort(task, need);
                foreach ((int person, int units) in need.Assigned)
                {
                    for (int t = task.Release; t < Math.Min(task.Release + task.Duration, _axis.Length); t++)
                    {
                        load[person][t] += units;
                    }
                }
            }
        }
    }

    private void ReportShort(PlanTask task, PlanNeed need)
    {
        int given = need.Assigned.Sum(a => a.Units);
        if (given >= need.Units)
        {
            return;
        }
        string who = string.Join(
            ", ",
            need.Assigned.Select(a => $"{_people[a.Person].Name} {a.Units / (decimal)Hundred:0.##}")
        );
        string elsewhere = string.Join(
            ", ",
            need.Qualified.Where(p => need.Assigned.All(a => a.Person != p)).Select(p => _people[p].Name)
        );
        _shortfalls.Add(
            new PlanShortfall(
                PlanShortfallCodes.UnitsAboveCapacity,
                $"Activity '{task.Ref}' needs {need.Units / (decimal)Hundred:0.##} "
                    + $"unit{(need.Units == Hundred ? "" : "s")} of "
                    + $"{need.Requirement.Describe()}; the people who meet it give {given / (decimal)Hundred:0.##} "
                    + $"together ({who})"
                    + (elsewhere.Length > 0 ? $", {elsewhere} being on its other needs" : "")
                    + "; it is planned with that."
            )
            {
                Activity = task.Ref,
                Project = task.Ref.Project,
                Unstaffed = Work.FromDuration(task.Activity.Duration) * ((need.Units - given) / (decimal)Hundred),
            }
        );
    }

    private long Overlap(int[] load, int from, int duration, int person)
    {
        long over = 0;
        for (int t = from; t < Math.Min(from + duration, _axis.Length); t++)
        {
            over += Math.Max(0, load[t] + Hundred - FreeIn(person, t));
        }
        return over;
    }

    /// <summary>Shares a need's units among the people who meet it and are not already on another need of the task,
    /// the best-scored first, each giving up to what they can offer it (<see cref="Offer"/>); a need above what they
    /// all give together is reported and given what there is.</summary>
    private static List<(int Person, int Units)> Share(
        PlanNeed need,
        Func<int, long> score,
        HashSet<int> taken,
        Func<int, int> offer
    )
    {
        var chosen = new List<(int, int)>();
        int left = need.Units;
        foreach (
            int person in need.Qualified.Where(p => offer(p) > 0 && !taken.Contains(p)).OrderBy(score).ThenBy(p => p)
        )
        {
            int units = Math.Min(left, offer(person));
            chosen.Add((person, units));
            left -= units;
            if (left == 0)
            {
                break;
            }
        }
        return chosen;
    }
}
