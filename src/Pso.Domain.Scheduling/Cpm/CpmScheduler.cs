using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using NodaTime;
using Pso.Domain.Calendars;
using Pso.Domain.Errors;

namespace Pso.Domain.Scheduling.Cpm;

/// <summary>
/// The critical path method on working-time calendars: a forward pass for early dates, a backward pass for late dates,
/// then total and free float and the critical path.
/// </summary>
/// <remarks>
/// <para><b>Dates.</b> A task with duration starts at the next working moment of its calendar and finishes when its
/// working time is done (a one-day task from 08:00 finishes at 17:00, and its finish-to-start successor starts at 08:00
/// the next working day). A milestone takes no time and sits where its links put it.</para>
/// <para><b>Lags</b> are measured on the successor's calendar (working-time and percentage lags) or in elapsed time.</para>
/// <para><b>Constraints</b> are honoured over links, as Microsoft Project does by default: a must-start-on or
/// start-no-later-than date that the links would break moves the activity and shows as negative float. Deadlines never
/// move an activity; they limit its late finish and are reported when missed.</para>
/// <para><b>Progress.</b> A started activity keeps its actual start whatever its links say (out-of-sequence progress is
/// kept, as in Microsoft Project); a finished one keeps both actual dates, has no float and is never critical. The work
/// not yet done resumes after the done part, and no earlier than the project's status date; activities not yet started
/// start no earlier than the status date.</para>
/// <para><b>Manually scheduled</b> activities (<see cref="Activity.ManualStart"/>) keep their start; only their late
/// dates and floats are computed.</para>
/// <para>The scheduler is stateless and thread-safe; one instance can schedule many projects at once.</para>
/// </remarks>
public sealed class CpmScheduler
{
    /// <summary>Initialises a scheduler.</summary>
    /// <param name="options">The settings; <see cref="CpmOptions.Default"/> when null.</param>
    public CpmScheduler(CpmOptions? options = null) => Options = options ?? CpmOptions.Default;

    /// <summary>Gets the settings.</summary>
    public CpmOptions Options { get; }

    /// <summary>Schedules a project.</summary>
    /// <param name="project">The project; being built, it is known to be consistent and acyclic.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>Every activity's dates and floats, the critical path and the warnings.</returns>
    /// <exception cref="OperationCanceledException">The work was cancelled.</exception>
    /// <exception cref="NoWorkingTimeException">A calendar has no working time where an activity needs it.</exception>
    public ScheduleResult Schedule(Project project, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        return new Pass(project, Options, cancellationToken).Run();
    }

    /// <summary>One scheduling run over dense arrays indexed like <see cref="Project.Activities"/>.</summary>
    private sealed class Pass
    {
        private readonly Project _project;
        private readonly CpmOptions _options;
        private readonly CancellationToken _cancellationToken;
        private readonly ImmutableArray<Activity> _activities;
        private readonly WorkCalendar[] _calendars;
        private readonly List<(int Other, Dependency Link)>[] _predecessors;
        private readonly List<(int Other, Dependency Link)>[] _successors;
        private readonly LocalDateTime[] _earlyStart;
        private readonly LocalDateTime[] _earlyFinish;
        private readonly LocalDateTime[] _lateStart;
        private readonly LocalDateTime[] _lateFinish;

        internal Pass(Project project, CpmOptions options, CancellationToken cancellationToken)
        {
            _project = project;
            _options = options;
            _cancellationToken = cancellationToken;
            _activities = project.Activities;
            int n = _activities.Length;
            _calendars = [.. _activities.Select(project.CalendarOf)];
            _predecessors = new List<(int, Dependency)>[n];
            _successors = new List<(int, Dependency)>[n];
            for (int i = 0; i < n; i++)
            {
                _predecessors[i] = [];
                _successors[i] = [];
            }
            foreach (Dependency link in project.Dependencies)
            {
                int from = project.IndexOf(link.Predecessor);
                int to = project.IndexOf(link.Successor);
                _successors[from].Add((to, link));
                _predecessors[to].Add((from, link));
            }
            _earlyStart = new LocalDateTime[n];
            _earlyFinish = new LocalDateTime[n];
            _lateStart = new LocalDateTime[n];
            _lateFinish = new LocalDateTime[n];
        }

        internal ScheduleResult Run()
        {
            ImmutableArray<int> order = _project.TopologicalOrder;
            for (int k = 0; k < order.Length; k++)
            {
                CheckCancellation(k);
                Forward(order[k]);
            }
            LocalDateTime finish = _options.ProjectFinish
                ?? (order.IsEmpty ? _project.Start : order.Select(i => _earlyFinish[i]).Max());
            for (int k = order.Length - 1; k >= 0; k--)
            {
                CheckCancellation(k);
                Backward(order[k], finish);
            }
            return Assemble(order, finish);
        }

        private void CheckCancellation(int step)
        {
            if ((step & 1023) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }
        }

        private void Forward(int j)
        {
            Activity activity = _activities[j];
            WorkCalendar calendar = _calendars[j];
            Duration duration = activity.Duration;
            LocalDateTime start = _project.Start;
            foreach ((int i, Dependency link) in _predecessors[j])
            {
                LocalDateTime driver = FromFinish(link.Type) ? _earlyFinish[i] : _earlyStart[i];
                LocalDateTime bound = ApplyLag(driver, link.Lag, calendar, _activities[i].Duration);
                LocalDateTime candidate = ToStart(link.Type)
                    ? bound
                    : calendar.SubtractWorkingTime(bound, duration);
                start = Max(start, candidate);
            }
            ScheduleConstraint constraint = activity.Constraint;
            if (constraint.Date is LocalDateTime date)
            {
                start = constraint.Type switch
                {
                    ConstraintType.StartNoEarlierThan => Max(start, date),
                    ConstraintType.FinishNoEarlierThan => Max(start, calendar.SubtractWorkingTime(date, duration)),
                    ConstraintType.MustStartOn => date,
                    ConstraintType.MustFinishOn => calendar.SubtractWorkingTime(date, duration),
                    ConstraintType.StartNoLaterThan => Min(start, date),
                    ConstraintType.FinishNoLaterThan => Min(start, calendar.SubtractWorkingTime(date, duration)),
                    _ => start,
                };
            }
            if (activity.ActualStart is LocalDateTime actualStart)
            {
                // Progress wins over links (out-of-sequence progress keeps its actual dates, as in Microsoft Project);
                // the part not yet done resumes no earlier than the status date.
                _earlyStart[j] = actualStart;
                if (activity.ActualFinish is LocalDateTime actualFinish)
                {
                    _earlyFinish[j] = actualFinish;
                    return;
                }
                Duration remaining = activity.RemainingDuration ?? Percent(duration, 100m - activity.PercentComplete);
                LocalDateTime resume = calendar.AddWorkingTime(actualStart, duration - remaining < Duration.Zero ? Duration.Zero : duration - remaining);
                if (_project.StatusDate is LocalDateTime status && status > resume)
                {
                    resume = status;
                }
                _earlyFinish[j] = calendar.AddWorkingTime(remaining > Duration.Zero ? calendar.NextWorkingMoment(resume) : resume, remaining);
                return;
            }
            if (_project.StatusDate is LocalDateTime statusDate)
            {
                start = Max(start, statusDate);
            }
            if (activity.ManualStart is LocalDateTime manual)
            {
                start = manual;
            }
            else if (duration > Duration.Zero)
            {
                start = calendar.NextWorkingMoment(start);
            }
            _earlyStart[j] = start;
            _earlyFinish[j] = calendar.AddWorkingTime(start, duration);
        }

        private void Backward(int j, LocalDateTime projectFinish)
        {
            Activity activity = _activities[j];
            if (activity.IsFinished)
            {
                _lateStart[j] = _earlyStart[j];
                _lateFinish[j] = _earlyFinish[j];
                return;
            }
            WorkCalendar calendar = _calendars[j];
            Duration duration = activity.Duration;
            LocalDateTime finish = projectFinish;
            foreach ((int k, Dependency link) in _successors[j])
            {
                WorkCalendar successorCalendar = _calendars[k];
                LocalDateTime driven = ToStart(link.Type) ? _lateStart[k] : _lateFinish[k];
                LocalDateTime bound = RemoveLag(driven, link.Lag, successorCalendar, duration);
                LocalDateTime candidate = FromFinish(link.Type)
                    ? bound
                    : calendar.AddWorkingTime(bound, duration);
                finish = Min(finish, candidate);
            }
            ScheduleConstraint constraint = activity.Constraint;
            if (constraint.Date is LocalDateTime date)
            {
                finish = constraint.Type switch
                {
                    ConstraintType.FinishNoLaterThan => Min(finish, date),
                    ConstraintType.StartNoLaterThan => Min(finish, calendar.AddWorkingTime(date, duration)),
                    ConstraintType.MustFinishOn => date,
                    ConstraintType.MustStartOn => calendar.AddWorkingTime(date, duration),
                    _ => finish,
                };
            }
            if (activity.Deadline is LocalDateTime deadline)
            {
                finish = Min(finish, deadline);
            }
            if (duration > Duration.Zero)
            {
                finish = calendar.PreviousWorkingMoment(finish);
            }
            _lateFinish[j] = finish;
            _lateStart[j] = activity.IsStarted ? _earlyStart[j] : calendar.SubtractWorkingTime(finish, duration);
        }

        private ScheduleResult Assemble(ImmutableArray<int> order, LocalDateTime projectFinish)
        {
            int n = _activities.Length;
            var schedules = new ActivitySchedule?[n];
            var warnings = ImmutableArray.CreateBuilder<ValidationError>();
            foreach (int j in order)
            {
                schedules[j] = Measure(j, projectFinish);
                Activity activity = _activities[j];
                if (schedules[j]!.TotalFloat < Duration.Zero)
                {
                    warnings.Add(new ValidationError(SchedulingErrorCodes.NegativeFloat,
                        $"Activity '{activity.Id}' has {schedules[j]!.TotalFloat.TotalHours:0.##} h of total float: its constraints, deadline or the project finish cannot all be met.",
                        new ErrorLocation { RecordId = activity.Id.Value, Field = "totalFloat" }, ValidationSeverity.Warning));
                }
                if (activity.Deadline is LocalDateTime deadline && _earlyFinish[j] > deadline)
                {
                    warnings.Add(new ValidationError(SchedulingErrorCodes.DeadlineMissed,
                        $"Activity '{activity.Id}' finishes {_earlyFinish[j]:uuuu-MM-dd HH:mm}, after its deadline {deadline:uuuu-MM-dd HH:mm}.",
                        new ErrorLocation { RecordId = activity.Id.Value, Field = "deadline" }, ValidationSeverity.Warning));
                }
            }
            if (_options.CriticalPath == CriticalPathDefinition.LongestPath)
            {
                bool[] onPath = LongestPath(order);
                foreach (int j in order)
                {
                    schedules[j] = schedules[j]! with { IsCritical = onPath[j] };
                }
            }
            RollUpSummaries(order, schedules);
            ImmutableArray<ActivityId> critical = [.. order
                .Where(j => schedules[j]!.IsCritical)
                .OrderBy(j => _earlyStart[j])
                .Select(j => _activities[j].Id)];
            return new ScheduleResult(_project, [.. schedules.Select(s => s!)], projectFinish, critical, warnings.ToImmutable());
        }

        /// <summary>The activities that finish last, and, walking back, every predecessor whose link sets its successor's
        /// early date (no working time between the link's bound and the successor's date).</summary>
        private bool[] LongestPath(ImmutableArray<int> order)
        {
            bool[] onPath = new bool[_activities.Length];
            if (order.IsEmpty)
            {
                return onPath;
            }
            LocalDateTime latest = order.Select(i => _earlyFinish[i]).Max();
            var pending = new Stack<int>();
            foreach (int j in order)
            {
                if (_calendars[j].WorkingTimeBetween(_earlyFinish[j], latest) == Duration.Zero)
                {
                    onPath[j] = true;
                    pending.Push(j);
                }
            }
            while (pending.Count > 0)
            {
                int j = pending.Pop();
                foreach ((int i, Dependency link) in _predecessors[j])
                {
                    if (onPath[i])
                    {
                        continue;
                    }
                    LocalDateTime driver = FromFinish(link.Type) ? _earlyFinish[i] : _earlyStart[i];
                    LocalDateTime bound = ApplyLag(driver, link.Lag, _calendars[j], _activities[i].Duration);
                    LocalDateTime driven = ToStart(link.Type) ? _earlyStart[j] : _earlyFinish[j];
                    if (_calendars[j].WorkingTimeBetween(bound, driven) == Duration.Zero)
                    {
                        onPath[i] = true;
                        pending.Push(i);
                    }
                }
            }
            return onPath;
        }

        private ActivitySchedule Measure(int j, LocalDateTime projectFinish)
        {
            WorkCalendar calendar = _calendars[j];
            Duration finishFloat = calendar.WorkingTimeBetween(_earlyFinish[j], _lateFinish[j]);
            // A started activity can no longer move its start: only its finish float counts.
            Duration totalFloat = _activities[j].IsStarted
                ? finishFloat
                : Min(calendar.WorkingTimeBetween(_earlyStart[j], _lateStart[j]), finishFloat);
            Duration freeFloat = FreeFloat(j, projectFinish);
            freeFloat = Max(Duration.Zero, Min(freeFloat, totalFloat));
            bool alap = _activities[j].Constraint.Type == ConstraintType.AsLateAsPossible;
            return new ActivitySchedule(_activities[j].Id,
                alap ? _lateStart[j] : _earlyStart[j],
                alap ? _lateFinish[j] : _earlyFinish[j],
                _earlyStart[j], _earlyFinish[j], _lateStart[j], _lateFinish[j],
                totalFloat, freeFloat, !_activities[j].IsFinished && totalFloat <= _options.CriticalFloat);
        }

        private Duration FreeFloat(int j, LocalDateTime projectFinish)
        {
            WorkCalendar calendar = _calendars[j];
            if (_successors[j].Count == 0)
            {
                return calendar.WorkingTimeBetween(_earlyFinish[j], projectFinish);
            }
            Duration least = Duration.MaxValue;
            foreach ((int k, Dependency link) in _successors[j])
            {
                LocalDateTime driven = ToStart(link.Type) ? _earlyStart[k] : _earlyFinish[k];
                LocalDateTime limit = RemoveLag(driven, link.Lag, _calendars[k], _activities[j].Duration);
                LocalDateTime own = FromFinish(link.Type) ? _earlyFinish[j] : _earlyStart[j];
                least = Min(least, calendar.WorkingTimeBetween(own, limit));
            }
            return least;
        }

        /// <summary>Gives each summary the earliest start, latest finish, least float and criticality of the tasks below it,
        /// merging each task into its ancestors once (a summary without tasks sits at the project start).</summary>
        private void RollUpSummaries(ImmutableArray<int> order, ActivitySchedule?[] schedules)
        {
            foreach (int j in order)
            {
                for (ActivityId? parent = _activities[j].Parent; parent is ActivityId p; parent = _activities[_project.IndexOf(p)].Parent)
                {
                    int summary = _project.IndexOf(p);
                    schedules[summary] = schedules[summary] is ActivitySchedule rolled ? Merge(rolled, schedules[j]!) : schedules[j]! with { Activity = p };
                }
            }
            for (int j = 0; j < _activities.Length; j++)
            {
                if (_activities[j].Kind == ActivityKind.Summary && schedules[j] is null)
                {
                    LocalDateTime start = _project.Start;
                    schedules[j] = new ActivitySchedule(_activities[j].Id, start, start, start, start, start, start, Duration.Zero, Duration.Zero, false);
                }
            }
        }

        private static ActivitySchedule Merge(ActivitySchedule summary, ActivitySchedule task) => summary with
        {
            Start = Min(summary.Start, task.Start),
            Finish = Max(summary.Finish, task.Finish),
            EarlyStart = Min(summary.EarlyStart, task.EarlyStart),
            EarlyFinish = Max(summary.EarlyFinish, task.EarlyFinish),
            LateStart = Min(summary.LateStart, task.LateStart),
            LateFinish = Max(summary.LateFinish, task.LateFinish),
            TotalFloat = Min(summary.TotalFloat, task.TotalFloat),
            FreeFloat = Min(summary.FreeFloat, task.FreeFloat),
            IsCritical = summary.IsCritical || task.IsCritical,
        };

        private static LocalDateTime ApplyLag(LocalDateTime moment, Lag lag, WorkCalendar calendar, Duration predecessorDuration) => lag.Kind switch
        {
            LagKind.Elapsed => moment.PlusNanoseconds(lag.Time.ToInt64Nanoseconds()),
            LagKind.PercentOfPredecessor => calendar.AddWorkingTime(moment, Percent(predecessorDuration, lag.Percent)),
            _ => calendar.AddWorkingTime(moment, lag.Time),
        };

        private static LocalDateTime RemoveLag(LocalDateTime moment, Lag lag, WorkCalendar calendar, Duration predecessorDuration) => lag.Kind switch
        {
            LagKind.Elapsed => moment.PlusNanoseconds(-lag.Time.ToInt64Nanoseconds()),
            LagKind.PercentOfPredecessor => calendar.SubtractWorkingTime(moment, Percent(predecessorDuration, lag.Percent)),
            _ => calendar.SubtractWorkingTime(moment, lag.Time),
        };

        /// <summary>Whether the predecessor's finish (FS, FF) rather than its start (SS, SF) drives the link.</summary>
        private static bool FromFinish(DependencyType type) => type is DependencyType.FinishToStart or DependencyType.FinishToFinish;

        /// <summary>Whether the link bounds the successor's start (FS, SS) rather than its finish (FF, SF).</summary>
        private static bool ToStart(DependencyType type) => type is DependencyType.FinishToStart or DependencyType.StartToStart;

        private static Duration Percent(Duration duration, decimal percent) =>
            Duration.FromTicks((long)decimal.Round(duration.BclCompatibleTicks * percent / 100m, MidpointRounding.AwayFromZero));

        private static LocalDateTime Max(LocalDateTime a, LocalDateTime b) => a >= b ? a : b;

        private static LocalDateTime Min(LocalDateTime a, LocalDateTime b) => a <= b ? a : b;

        private static Duration Max(Duration a, Duration b) => a >= b ? a : b;

        private static Duration Min(Duration a, Duration b) => a <= b ? a : b;
    }
}
