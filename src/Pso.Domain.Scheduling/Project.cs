using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Pso.Domain.Calendars;
using Pso.Domain.Errors;
using Pso.Domain.Utility;

namespace Pso.Domain.Scheduling;

/// <summary>
/// A project schedule network: the project's calendar and start, its activities (with the work breakdown structure
/// given by their parents) and the dependencies between them.
/// </summary>
/// <remarks>
/// Building a project checks it whole and reports every problem in one <see cref="ValidationException"/> whose errors
/// name the activity (in <see cref="ErrorLocation.RecordId"/>) and the field: duplicate ids, links to missing
/// activities, self-links, negative durations, unknown calendars or parents, priorities out of range. A cycle raises a
/// <see cref="NetworkCycleException"/> that names its activities. A built project is therefore always schedulable.
/// Instances are immutable and thread-safe.
/// </remarks>
public sealed class Project
{
    private readonly FrozenDictionary<ActivityId, int> _indexById;
    private readonly FrozenDictionary<CalendarId, WorkCalendar> _calendars;

    /// <summary>Initialises and checks a project.</summary>
    /// <param name="id">The project's id.</param>
    /// <param name="name">The project's name.</param>
    /// <param name="calendar">The project calendar, used by every activity that names no calendar of its own.</param>
    /// <param name="start">The project start: no activity starts earlier, unless a no-earlier-than constraint names an
    /// earlier date.</param>
    /// <param name="activities">The activities.</param>
    /// <param name="dependencies">The dependencies between activities.</param>
    /// <param name="calendars">Further calendars that activities may name.</param>
    /// <param name="statusDate">The status date, if the project reports progress.</param>
    /// <exception cref="ValidationException">The network is inconsistent; every problem is listed.</exception>
    /// <exception cref="NetworkCycleException">The dependencies form a cycle.</exception>
    public Project(
        ProjectId id,
        string name,
        WorkCalendar calendar,
        LocalDateTime start,
        IEnumerable<Activity> activities,
        IEnumerable<Dependency> dependencies,
        IEnumerable<WorkCalendar>? calendars = null,
        LocalDateTime? statusDate = null
    )
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(activities);
        ArgumentNullException.ThrowIfNull(dependencies);
        Id = id;
        Name = name;
        Calendar = calendar;
        Start = start;
        StatusDate = statusDate;
        Activities = [.. activities];
        Dependencies = [.. dependencies];
        var allCalendars = new Dictionary<CalendarId, WorkCalendar> { [calendar.Id] = calendar };
        foreach (WorkCalendar extra in calendars ?? [])
        {
            allCalendars[extra.Id] = extra;
        }
        _calendars = allCalendars.ToFrozenDictionary();

        var errors = new List<ValidationError>();
        var indexById = new Dictionary<ActivityId, int>(Activities.Length);
        for (int i = 0; i < Activities.Length; i++)
        {
            Activity activity = Activities[i];
            if (!indexById.TryAdd(activity.Id, i))
            {
                errors.Add(
                    ValidationError.Duplicate(SchedulingErrorCodes.DuplicateActivity, "Activity", activity.Id.Value)
                );
            }
            CheckActivity(activity, errors);
        }
        _indexById = indexById.ToFrozenDictionary();
        CheckParents(errors);
        foreach (Dependency dependency in Dependencies)
        {
            CheckDependency(dependency, errors);
        }
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }
        Network = new NetworkIndex(Activities, Dependencies, IndexOf, a => ReferenceEquals(CalendarOf(a), Calendar));
        TopologicalOrder = Order();
    }

    private Project(Project source, ImmutableArray<Activity> activities)
    {
        Id = source.Id;
        Name = source.Name;
        Calendar = source.Calendar;
        Start = source.Start;
        StatusDate = source.StatusDate;
        Activities = activities;
        Dependencies = source.Dependencies;
        _calendars = source._calendars;
        _indexById = source._indexById;
        Network = source.Network.With(Activities, a => ReferenceEquals(CalendarOf(a), Calendar));
        TopologicalOrder = source.TopologicalOrder;
    }

    /// <summary>Gets the longest duration, remaining duration or lag (either way) an activity or a dependency may have:
    /// a hundred years. Longer ones are refused with <see cref="SchedulingErrorCodes.OutOfRange"/>, so that no date
    /// arithmetic of the engines can overflow.</summary>
    public static Duration MaxDuration { get; } = Duration.FromDays(36_525);

    /// <summary>The largest percentage of its predecessor's duration a lag may be, either way: 1,000 %.</summary>
    public const decimal MaxLagPercent = 1_000m;

    /// <summary>Gets the project's id.</summary>
    public ProjectId Id { get; }

    /// <summary>Gets the project's name.</summary>
    public string Name { get; }

    /// <summary>Gets the project calendar.</summary>
    public WorkCalendar Calendar { get; }

    /// <summary>Gets the project start.</summary>
    public LocalDateTime Start { get; }

    /// <summary>Gets the status date: progress is reported up to it, and work not yet done is scheduled from it on.
    /// Null when the project reports no progress.</summary>
    public LocalDateTime? StatusDate { get; }

    /// <summary>Gets the activities, in the order given.</summary>
    public ImmutableArray<Activity> Activities { get; }

    /// <summary>Gets the dependencies, in the order given.</summary>
    public ImmutableArray<Dependency> Dependencies { get; }

    /// <summary>Gets the indexes into <see cref="Activities"/> of the non-summary activities, every predecessor before
    /// its successors (ties kept in the order given).</summary>
    internal ImmutableArray<int> TopologicalOrder { get; }

    /// <summary>Gets the links and the breakdown laid out by activity index for the engines.</summary>
    internal NetworkIndex Network { get; }

    /// <summary>Returns a copy of the project with other activities (their progress, say) and status date, the same
    /// calendars and dependencies; checked like a new project.</summary>
    /// <param name="activities">The activities.</param>
    /// <param name="statusDate">The status date.</param>
    /// <returns>The new project.</returns>
    /// <exception cref="ValidationException">The network is inconsistent; every problem is listed.</exception>
    public Project WithActivities(IEnumerable<Activity> activities, LocalDateTime? statusDate) =>
        new(Id, Name, Calendar, Start, activities, Dependencies, _calendars.Values, statusDate);

    /// <summary>Returns a copy of the project in which the activities take other durations, everything else the same:
    /// the what-if of a schedule risk analysis, which schedules the same network many times over. The network is not
    /// checked again (only the durations changed), so this is far cheaper than building a project.</summary>
    /// <param name="durations">The durations, indexed like <see cref="Activities"/>. A summary's is ignored (the
    /// engine rolls summaries up from their children).</param>
    /// <returns>The new project.</returns>
    /// <exception cref="ArgumentException">There is not one duration per activity, a duration is negative or longer
    /// than <see cref="MaxDuration"/>, or a milestone is given a duration.</exception>
    public Project WithDurations(ReadOnlySpan<Duration> durations)
    {
        Preconditions.CheckArgument(
            durations.Length == Activities.Length,
            nameof(durations),
            $"Project '{Id}' has {Activities.Length} activities; {durations.Length} durations were given."
        );
        var activities = ImmutableArray.CreateBuilder<Activity>(Activities.Length);
        for (int i = 0; i < durations.Length; i++)
        {
            Activity activity = Activities[i];
            Duration duration = durations[i];
            if (duration == activity.Duration || activity.Kind == ActivityKind.Summary)
            {
                activities.Add(activity);
                continue;
            }
            Preconditions.CheckArgument(
                duration >= Duration.Zero && duration <= MaxDuration,
                nameof(durations),
                $"Activity '{activity.Id}' was given a duration of {duration}, not within zero and "
                    + $"{MaxDuration.Days:N0} days."
            );
            Preconditions.CheckArgument(
                activity.Kind != ActivityKind.Milestone,
                nameof(durations),
                $"Milestone '{activity.Id}' was given a duration ({duration}); a milestone takes no time."
            );
            activities.Add(activity with { Duration = duration });
        }
        return new Project(this, activities.MoveToImmutable());
    }

    /// <summary>Finds the activity with the given id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="activity">The activity, when found.</param>
    /// <returns>Whether the project has the activity.</returns>
    public bool TryGetActivity(
        ActivityId id,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Activity? activity
    )
    {
        activity = _indexById.TryGetValue(id, out int index) ? Activities[index] : null;
        return activity is not null;
    }

    /// <summary>Returns the activity with the given id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The activity.</returns>
    /// <exception cref="UnknownIdException">The project has no such activity.</exception>
    public Activity GetActivity(ActivityId id) =>
        _indexById.TryGetValue(id, out int index)
            ? Activities[index]
            : throw new UnknownIdException(
                SchedulingErrorCodes.MissingActivity,
                id.Value,
                $"Project '{Id}' has no activity '{id}'."
            );

    /// <summary>Returns the calendar an activity works to: its own, or else the project's.</summary>
    /// <param name="activity">The activity.</param>
    /// <returns>The calendar.</returns>
    public WorkCalendar CalendarOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Calendar is CalendarId id ? _calendars[id] : Calendar;
    }

    internal int IndexOf(ActivityId id) => _indexById[id];

    internal bool TryIndexOf(ActivityId id, out int index) => _indexById.TryGetValue(id, out index);

    private void CheckActivity(Activity activity, List<ValidationError> errors)
    {
        if (activity.Duration < Duration.Zero)
        {
            errors.Add(
                ValidationError.ForRecord(
                    SchedulingErrorCodes.NegativeDuration,
                    $"Activity '{activity.Id}' has a negative duration ({activity.Duration}).",
                    activity.Id,
                    "duration"
                )
            );
        }
        if (activity.Duration > MaxDuration || activity.RemainingDuration > MaxDuration)
        {
            errors.Add(
                ValidationError.ForRecord(
                    SchedulingErrorCodes.OutOfRange,
                    $"Activity '{activity.Id}' has a duration or remaining duration longer than "
                        + $"{MaxDuration.Days:N0} days, the most an activity may have.",
                    activity.Id,
                    "duration"
                )
            );
        }
        if (activity.LevellingDelay < Duration.Zero || activity.LevellingDelay > MaxDuration)
        {
            errors.Add(
                ValidationError.ForRecord(
                    SchedulingErrorCodes.OutOfRange,
                    $"Activity '{activity.Id}' has a levelling delay of {activity.LevellingDelay}, not within zero "
                        + $"and {MaxDuration.Days:N0} days.",
                    activity.Id,
                    "levellingDelay"
                )
            );
        }
        if (activity.Kind == ActivityKind.Milestone && activity.Duration != Duration.Zero)
        {
            errors.Add(
                ValidationError.ForRecord(
                    SchedulingErrorCodes.MilestoneDuration,
                    $"Milestone '{activity.Id}' has a duration ({activity.Duration}); a milestone takes no time.",
                    activity.Id,
                    "duration"
                )
            );
        }
        if (activity.Calendar is CalendarId calendar && !_calendars.ContainsKey(calendar))
        {
            errors.Add(
                ValidationError.ForRecord(
                    SchedulingErrorCodes.UnknownCalendar,
                    $"Activity '{activity.Id}' names calendar '{calendar}', which the project does not have.",
                    activity.Id,
                    "calendar"
                )
            );
        }
        if (
            activity.ActualFinish is LocalDateTime finished
            && (activity.ActualStart is not LocalDateTime started || finished < started)
        )
        {
            errors.Add(
                ValidationError.ForRecord(
                    SchedulingErrorCodes.InvalidProgress,
                    $"Activity '{activity.Id}' has an actual finish ({finished:uuuu-MM-dd HH:mm}) without an earlier "
                        + "actual start.",
                    activity.Id,
                    "actualFinish"
                )
            );
        }
        if (activity.PercentComplete is < 0m or > 100m)
        {
            errors.Add(
                ValidationError.ForRecord(
                    SchedulingErrorCodes.InvalidProgress,
                    $"Activity '{activity.Id}' is {activity.PercentComplete}% complete; the share runs from 0 to 100.",
                    activity.Id,
                    "percentComplete"
                )
            );
        }
        if (activity.RemainingDuration < Duration.Zero)
        {
            errors.Add(
                ValidationError.ForRecord(
                    SchedulingErrorCodes.InvalidProgress,
                    $"Activity '{activity.Id}' has a negative remaining duration ({activity.RemainingDuration}).",
                    activity.Id,
                    "remainingDuration"
                )
            );
        }
        if (activity.Work < Pso.Domain.Work.Zero)
        {
            errors.Add(
                ValidationError.ForRecord(
                    SchedulingErrorCodes.NegativeDuration,
                    $"Activity '{activity.Id}' has negative work ({activity.Work}).",
                    activity.Id,
                    "work"
                )
            );
        }
        if (activity.Priority is < 0 or > 1000)
        {
            errors.Add(
                ValidationError.ForRecord(
                    SchedulingErrorCodes.PriorityOutOfRange,
                    $"Activity '{activity.Id}' has priority {activity.Priority}; priorities run from 0 to 1000.",
                    activity.Id,
                    "priority"
                )
            );
        }
    }

    /// <summary>Checks every activity's parent: known, a summary, and no activity its own ancestor. Each activity is
    /// visited once whatever the depth of the breakdown (a walk up stops at the first activity already settled), so a
    /// breakdown a hundred thousand levels deep is checked in linear time.</summary>
    private void CheckParents(List<ValidationError> errors)
    {
        // 0: not visited; 1: on the current walk; 2: settled.
        byte[] state = new byte[Activities.Length];
        var walk = new List<int>();
        for (int start = 0; start < Activities.Length; start++)
        {
            walk.Clear();
            int current = start;
            bool looped = false;
            while (state[current] != 2)
            {
                if (state[current] == 1)
                {
                    looped = true;
                    break;
                }
                state[current] = 1;
                walk.Add(current);
                Activity activity = Activities[current];
                if (activity.Parent is not ActivityId parent)
                {
                    break;
                }
                if (!_indexById.TryGetValue(parent, out int index))
                {
                    errors.Add(
                        ValidationError.ForRecord(
                            SchedulingErrorCodes.MissingActivity,
                            $"Activity '{activity.Id}' has parent '{parent}', which the project does not have.",
                            activity.Id,
                            "parent"
                        )
                    );
                    break;
                }
                if (Activities[index].Kind != ActivityKind.Summary)
                {
                    errors.Add(
                        ValidationError.ForRecord(
                            SchedulingErrorCodes.InvalidParent,
                            $"Activity '{activity.Id}' has parent '{parent}', which is not a summary activity.",
                            activity.Id,
                            "parent"
                        )
                    );
                    break;
                }
                current = index;
            }
            if (looped)
            {
                // The walk came back to an activity on it: every activity from there on is its own ancestor.
                int from = walk.IndexOf(current);
                List<int> loop = walk.GetRange(from, walk.Count - from);
                string members = ErrorText.List(
                    loop.Select(i => Activities[i].Id.Value).Append(Activities[current].Id.Value),
                    " → "
                );
                foreach (int member in loop)
                {
                    errors.Add(
                        ValidationError.ForRecord(
                            SchedulingErrorCodes.InvalidParent,
                            $"Activity '{Activities[member].Id}' is its own ancestor ({members}).",
                            Activities[member].Id,
                            "parent"
                        )
                    );
                }
            }
            foreach (int visited in walk)
            {
                state[visited] = 2;
            }
        }
    }

    private void CheckDependency(Dependency dependency, List<ValidationError> errors)
    {
        ActivityId recordId = dependency.Successor;
        bool known = true;
        foreach (
            (ActivityId end, string field) in new[]
            {
                (dependency.Predecessor, "predecessor"),
                (dependency.Successor, "successor"),
            }
        )
        {
            if (!_indexById.TryGetValue(end, out int index))
            {
                errors.Add(
                    ValidationError.ForRecord(
                        SchedulingErrorCodes.MissingActivity,
                        $"Dependency {dependency} names activity '{end}', which the project does not have.",
                        recordId,
                        field
                    )
                );
                known = false;
            }
            else if (Activities[index].Kind == ActivityKind.Summary)
            {
                errors.Add(
                    ValidationError.ForRecord(
                        SchedulingErrorCodes.SummaryDependency,
                        $"Dependency {dependency} links summary activity '{end}'; link its children instead.",
                        recordId,
                        field
                    )
                );
            }
        }
        if (known && dependency.Predecessor == dependency.Successor)
        {
            errors.Add(
                ValidationError.ForRecord(
                    SchedulingErrorCodes.SelfDependency,
                    $"Activity '{dependency.Successor}' depends on itself.",
                    recordId,
                    "predecessor"
                )
            );
        }
        if (
            dependency.Lag.Time > MaxDuration
            || dependency.Lag.Time < -MaxDuration
            || Math.Abs(dependency.Lag.Percent) > MaxLagPercent
        )
        {
            errors.Add(
                ValidationError.ForRecord(
                    SchedulingErrorCodes.OutOfRange,
                    $"Dependency {dependency} has a lag beyond {MaxDuration.Days:N0} days or {MaxLagPercent:N0} % "
                        + "either way, the most a lag may be.",
                    recordId,
                    "lag"
                )
            );
        }
        if (!Enum.IsDefined(dependency.Type))
        {
            errors.Add(
                ValidationError.ForRecord(
                    SchedulingErrorCodes.MissingActivity,
                    $"Dependency {dependency} has an unknown type {(int)dependency.Type}.",
                    recordId,
                    "type"
                )
            );
        }
    }

    private ImmutableArray<int> Order()
    {
        int n = Activities.Length;
        if (IsGivenInOrder())
        {
            // The common case (plans are usually listed so): keep the given order, which also keeps the engines'
            // passes walking memory front to back.
            var given = ImmutableArray.CreateBuilder<int>(n);
            for (int i = 0; i < n; i++)
            {
                if (Activities[i].Kind != ActivityKind.Summary)
                {
                    given.Add(i);
                }
            }
            return given.ToImmutable();
        }
        int[] inDegree = new int[n];
        for (int i = 0; i < n; i++)
        {
            inDegree[i] = Network.PredecessorsOf(i).Length;
        }
        var ready = new Queue<int>();
        for (int i = 0; i < n; i++)
        {
            if (inDegree[i] == 0 && Activities[i].Kind != ActivityKind.Summary)
            {
                ready.Enqueue(i);
            }
        }
        var order = ImmutableArray.CreateBuilder<int>(n);
        while (ready.Count > 0)
        {
            int next = ready.Dequeue();
            order.Add(next);
            foreach (NetworkLink link in Network.SuccessorsOf(next))
            {
                if (--inDegree[link.Other] == 0)
                {
                    ready.Enqueue(link.Other);
                }
            }
        }
        int scheduled = order.Count + Activities.Count(a => a.Kind == ActivityKind.Summary);
        if (scheduled < n)
        {
            throw new NetworkCycleException(FindCycle(inDegree));
        }
        return order.ToImmutable();
    }

    private bool IsGivenInOrder()
    {
        for (int i = 0; i < Activities.Length; i++)
        {
            foreach (NetworkLink link in Network.PredecessorsOf(i))
            {
                if (link.Other >= i)
                {
                    return false;
                }
            }
        }
        return true;
    }

    private List<ActivityId> FindCycle(int[] inDegree)
    {
        // An activity left unscheduled has an unscheduled predecessor, so walking back through them must repeat.
        var unscheduledPredecessors = new Dictionary<int, int>();
        foreach (Dependency dependency in Dependencies)
        {
            int from = _indexById[dependency.Predecessor];
            int to = _indexById[dependency.Successor];
            if (inDegree[from] > 0 && inDegree[to] > 0)
            {
                unscheduledPredecessors.TryAdd(to, from);
            }
        }
        var position = new Dictionary<int, int>();
        var path = new List<int>();
        int current = Array.FindIndex(inDegree, d => d > 0);
        while (!position.ContainsKey(current))
        {
            position[current] = path.Count;
            path.Add(current);
            current = unscheduledPredecessors[current];
        }
        List<int> cycle = path.GetRange(position[current], path.Count - position[current]);
        cycle.Reverse();
        return [.. cycle.Select(i => Activities[i].Id)];
    }
}
