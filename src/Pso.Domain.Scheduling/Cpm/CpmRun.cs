using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using NodaTime;
using Pso.Domain.Calendars;
using Pso.Domain.Errors;

namespace Pso.Domain.Scheduling.Cpm;

/// <summary>
/// One scheduling run over dense arrays indexed like <see cref="Project.Activities"/>; after <see cref="Run"/> it is
/// read-only and backs the <see cref="ScheduleResult"/>.
///</summary>
/// <remarks>
/// <para>When every activity works to the project calendar, the passes run on a <see cref="WorkingTimeLine"/>: an
/// activity's dates are positions (working ticks since the project start's date), links and durations add and
/// subtract plain numbers, and a date is made only when it is read. A task with a duration (a <em>regular</em>
/// activity) always starts where work resumes at its start position and finishes at the earliest moment of its finish
/// position, so its positions say everything about its dates.</para>
/// <para>Milestones, started and manually scheduled activities, and elapsed or sub-tick lags can sit at moments that a
/// position does not single out (a milestone may sit at 17:00 or at 08:00 the next morning); those activities are
/// scheduled on moments by the same rules as on a multi-calendar project, and their positions are taken from their
/// moments, so both kinds mix freely.</para>
/// <para>Both kinds follow the same rules for links, constraints and deadlines: <see cref="SchedulingRules"/> states
/// each once over a <see cref="PositionAxis"/> or a <see cref="MomentAxis"/>.</para>
/// </remarks>
internal sealed class CpmRun
{
    private readonly Project _project;
    private readonly CpmOptions _options;
    private readonly CancellationToken _cancellationToken;
    private readonly ImmutableArray<Activity> _activities;
    private readonly NetworkIndex _network;
    private readonly WorkCalendar[]? _calendars;
    private readonly WorkingTimeLine? _line;
    private readonly bool[]? _regular;
    private readonly long[] _earlyStart;
    private readonly long[] _earlyFinish;
    private readonly long[] _lateStart;
    private readonly long[] _lateFinish;
    private readonly LocalDateTime[] _earlyStartMoment;
    private readonly LocalDateTime[] _earlyFinishMoment;
    private readonly LocalDateTime[] _lateStartMoment;
    private readonly LocalDateTime[] _lateFinishMoment;
    private readonly Duration[] _totalFloat;
    private readonly Duration[] _freeFloat;
    private readonly bool[] _critical;
    private readonly Dictionary<int, ActivitySchedule> _summaries = [];
    private readonly Dictionary<int, Work> _summaryWork = [];
    private long _startPosition;
    private long _statusPosition = long.MinValue;
    private long _finishPosition;

    internal CpmRun(Project project, CpmOptions options, bool useTimeLine, CancellationToken cancellationToken)
    {
        _project = project;
        _options = options;
        _cancellationToken = cancellationToken;
        _activities = project.Activities;
        _network = project.Network;
        int n = _activities.Length;
        bool oneCalendar = _network.OneCalendar;
        if (!oneCalendar)
        {
            _calendars = [.. _activities.Select(project.CalendarOf)];
        }
        bool anyMoment = !(useTimeLine && oneCalendar);
        if (useTimeLine && oneCalendar)
        {
            _line = new WorkingTimeLine(project.Calendar, project.Start.Date);
            _regular = _network.Regular;
            anyMoment = Array.IndexOf(_regular, false) >= 0;
        }
        _earlyStart = _line is null ? [] : new long[n];
        _earlyFinish = _line is null ? [] : new long[n];
        _lateStart = _line is null ? [] : new long[n];
        _lateFinish = _line is null ? [] : new long[n];
        _earlyStartMoment = anyMoment ? new LocalDateTime[n] : [];
        _earlyFinishMoment = anyMoment ? new LocalDateTime[n] : [];
        _lateStartMoment = anyMoment ? new LocalDateTime[n] : [];
        _lateFinishMoment = anyMoment ? new LocalDateTime[n] : [];
        _totalFloat = new Duration[n];
        _freeFloat = new Duration[n];
        _critical = new bool[n];
    }

    internal Project Project => _project;

    internal LocalDateTime Finish { get; private set; }

    internal ImmutableArray<ActivityId> CriticalPath { get; private set; }

    internal ImmutableArray<ValidationError> Warnings { get; private set; }

    internal Duration MinimumFloat { get; private set; }

    internal CpmRun Run()
    {
        ImmutableArray<int> order = _project.TopologicalOrder;
        if (_line is not null)
        {
            _startPosition = _line.PositionOf(_project.Start);
            if (_project.StatusDate is LocalDateTime status)
            {
                _statusPosition = _line.PositionOf(status);
            }
        }
        for (int k = 0; k < order.Length; k++)
        {
            CheckCancellation(k);
            int j = order[k];
            if (IsRegular(j))
            {
                ForwardOnLine(j);
            }
            else
            {
                Forward(j);
            }
        }
        Finish = _options.ProjectFinish ?? LatestEarlyFinish(order);
        if (_line is not null)
        {
            _finishPosition = _line.PositionOf(Finish);
        }
        for (int k = order.Length - 1; k >= 0; k--)
        {
            CheckCancellation(k);
            int j = order[k];
            if (IsRegular(j))
            {
                BackwardOnLine(j);
            }
            else
            {
                Backward(j);
            }
        }
        for (int k = 0; k < order.Length; k++)
        {
            CheckCancellation(k);
            int j = order[k];
            if (IsRegular(j))
            {
                MeasureOnLine(j);
            }
            else
            {
                Measure(j);
            }
        }
        Assemble(order);
        return this;
    }

    /// <summary>Returns the planned work of the activity at an index: its own, or for a summary the sum below
    /// it.</summary>
    internal Work? WorkOf(int j) =>
        _activities[j].Kind == ActivityKind.Summary
            ? (_summaryWork.TryGetValue(j, out Work work) ? work : null)
            : _activities[j].Work;

    /// <summary>Returns the schedule of the activity at an index.</summary>
    internal ActivitySchedule ScheduleOf(int j)
    {
        if (_summaries.TryGetValue(j, out ActivitySchedule? summary))
        {
            return summary;
        }
        LocalDateTime earlyStart = EarlyStart(j);
        LocalDateTime earlyFinish = EarlyFinish(j);
        LocalDateTime lateStart = LateStart(j);
        LocalDateTime lateFinish = LateFinish(j);
        bool alap = _activities[j].Constraint.Type == ConstraintType.AsLateAsPossible;
        return new ActivitySchedule(
            _activities[j].Id,
            alap ? lateStart : earlyStart,
            alap ? lateFinish : earlyFinish,
            earlyStart,
            earlyFinish,
            lateStart,
            lateFinish,
            _totalFloat[j],
            _freeFloat[j],
            _critical[j]
        );
    }

    private bool IsRegular(int j) => _regular is not null && _regular[j];

    private WorkCalendar CalendarOf(int j) => _calendars is null ? _project.Calendar : _calendars[j];

    private LocalDateTime EarlyStart(int j) => IsRegular(j) ? _line!.StartAt(_earlyStart[j]) : _earlyStartMoment[j];

    private LocalDateTime EarlyFinish(int j) => IsRegular(j) ? _line!.FinishAt(_earlyFinish[j]) : _earlyFinishMoment[j];

    private LocalDateTime LateStart(int j) => IsRegular(j) ? _line!.StartAt(_lateStart[j]) : _lateStartMoment[j];

    private LocalDateTime LateFinish(int j) => IsRegular(j) ? _line!.FinishAt(_lateFinish[j]) : _lateFinishMoment[j];

    private void CheckCancellation(int step)
    {
        if ((step & 1023) == 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private LocalDateTime LatestEarlyFinish(ImmutableArray<int> order)
    {
        if (order.IsEmpty)
        {
            return _project.Start;
        }
        long latestPosition = long.MinValue;
        LocalDateTime? latestMoment = null;
        foreach (int j in order)
        {
            if (IsRegular(j))
            {
                latestPosition = Math.Max(latestPosition, _earlyFinish[j]);
            }
            else if (latestMoment is not LocalDateTime m || _earlyFinishMoment[j] > m)
            {
                latestMoment = _earlyFinishMoment[j];
            }
        }
        if (latestPosition == long.MinValue)
        {
            return latestMoment!.Value;
        }
        LocalDateTime onLine = _line!.FinishAt(latestPosition);
        return latestMoment is LocalDateTime moment && moment > onLine ? moment : onLine;
    }

    // ---- Regular activities on the working-time line -------------------------------------------------------------

    private void ForwardOnLine(int j)
    {
        var axis = new PositionAxis(_line!, _network.DurationTicks[j]);
        long start = _network.Bounded[j] && StartsFromConstraint(_activities[j]) ? long.MinValue : _startPosition;
        foreach (ref readonly NetworkLink link in _network.PredecessorsOf(j))
        {
            int i = link.Other;
            long bound = Lagged(i, finish: link.FromFinish, early: true, link, predecessor: i, forward: true);
            start = Math.Max(start, SchedulingRules.StartAllowedBy(axis, link, bound));
        }
        if (_network.Bounded[j])
        {
            start = SchedulingRules.EarlyStartUnder(axis, _activities[j].Constraint, start);
        }
        start = Math.Max(start, _statusPosition);
        _earlyStart[j] = start;
        _earlyFinish[j] = axis.FinishFor(start);
    }

    private void BackwardOnLine(int j)
    {
        var axis = new PositionAxis(_line!, _network.DurationTicks[j]);
        long finish = _finishPosition;
        foreach (ref readonly NetworkLink link in _network.SuccessorsOf(j))
        {
            int k = link.Other;
            long bound = Lagged(k, finish: !link.ToStart, early: false, link, predecessor: j, forward: false);
            finish = Math.Min(finish, SchedulingRules.FinishAllowedBy(axis, link, bound));
        }
        if (_network.Bounded[j])
        {
            finish = SchedulingRules.LateFinishUnder(axis, _activities[j], finish);
        }
        _lateFinish[j] = finish;
        _lateStart[j] = axis.StartFor(finish);
    }

    private void MeasureOnLine(int j)
    {
        long totalFloat = Math.Min(_lateStart[j] - _earlyStart[j], _lateFinish[j] - _earlyFinish[j]);
        ReadOnlySpan<NetworkLink> successors = _network.SuccessorsOf(j);
        long freeFloat = successors.IsEmpty ? _finishPosition - _earlyFinish[j] : long.MaxValue;
        foreach (ref readonly NetworkLink link in successors)
        {
            int k = link.Other;
            long limit = Lagged(k, finish: !link.ToStart, early: true, link, predecessor: j, forward: false);
            freeFloat = Math.Min(freeFloat, limit - (link.FromFinish ? _earlyFinish[j] : _earlyStart[j]));
        }
        _totalFloat[j] = Duration.FromTicks(totalFloat);
        _freeFloat[j] = Duration.FromTicks(Math.Max(0, Math.Min(freeFloat, totalFloat)));
        _critical[j] = _totalFloat[j] <= _options.CriticalFloat;
    }

    /// <summary>Returns an activity's early or late start or finish position with a link's lag added (forward) or
    /// removed (backward): whole working ticks and percentages of the predecessor add on the line; other lags
    /// (elapsed, sub-tick) go through the activity's moment.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long Lagged(int j, bool finish, bool early, in NetworkLink link, int predecessor, bool forward)
    {
        long[] positions = early ? (finish ? _earlyFinish : _earlyStart) : (finish ? _lateFinish : _lateStart);
        return link.Shape switch
        {
            LagShape.Working => forward ? positions[j] + link.LagTicks : positions[j] - link.LagTicks,
            LagShape.Percent => forward
                ? positions[j] + PercentTicks(predecessor, LagOf(link))
                : positions[j] - PercentTicks(predecessor, LagOf(link)),
            _ => LaggedMoment(j, finish, early, link, predecessor, forward),
        };
    }

    private long LaggedMoment(int j, bool finish, bool early, in NetworkLink link, int predecessor, bool forward)
    {
        LocalDateTime moment =
            early ? (finish ? EarlyFinish(j) : EarlyStart(j))
            : finish ? LateFinish(j)
            : LateStart(j);
        Duration predecessorDuration = _activities[predecessor].Duration;
        return _line!.PositionOf(
            forward
                ? ApplyLag(moment, LagOf(link), _project.Calendar, predecessorDuration)
                : RemoveLag(moment, LagOf(link), _project.Calendar, predecessorDuration)
        );
    }

    private Lag LagOf(in NetworkLink link) => _project.Dependencies[link.Dependency].Lag;

    private long PercentTicks(int predecessor, Lag lag) =>
        Percent(_activities[predecessor].Duration, lag.Percent).BclCompatibleTicks;

    // ---- Activities scheduled on moments ---------------------------------------------------------------------------

    private void SetEarly(int j, LocalDateTime start, LocalDateTime finish)
    {
        _earlyStartMoment[j] = start;
        _earlyFinishMoment[j] = finish;
        if (_line is not null)
        {
            _earlyStart[j] = _line.PositionOf(start);
            _earlyFinish[j] = _line.PositionOf(finish);
        }
    }

    private void SetLate(int j, LocalDateTime start, LocalDateTime finish)
    {
        _lateStartMoment[j] = start;
        _lateFinishMoment[j] = finish;
        if (_line is not null)
        {
            _lateStart[j] = _line.PositionOf(start);
            _lateFinish[j] = _line.PositionOf(finish);
        }
    }

    private void Forward(int j)
    {
        Activity activity = _activities[j];
        WorkCalendar calendar = CalendarOf(j);
        Duration duration = activity.Duration;
        var axis = new MomentAxis(calendar, duration);
        LocalDateTime start = StartsFromConstraint(activity) ? LocalDateTime.MinIsoValue : _project.Start;
        foreach (ref readonly NetworkLink link in _network.PredecessorsOf(j))
        {
            int i = link.Other;
            LocalDateTime driver = link.FromFinish ? EarlyFinish(i) : EarlyStart(i);
            LocalDateTime bound = ApplyLag(driver, LagOf(link), calendar, _activities[i].Duration);
            start = Max(start, SchedulingRules.StartAllowedBy(axis, link, bound));
        }
        start = SchedulingRules.EarlyStartUnder(axis, activity.Constraint, start);
        if (activity.ActualStart is LocalDateTime actualStart)
        {
            // Progress wins over links (out-of-sequence progress keeps its actual dates, as in Microsoft Project);
            // the part not yet done resumes no earlier than the status date.
            if (activity.ActualFinish is LocalDateTime actualFinish)
            {
                SetEarly(j, actualStart, actualFinish);
                return;
            }
            Duration remaining = activity.RemainingDuration ?? Percent(duration, 100m - activity.PercentComplete);
            Duration done = duration - remaining < Duration.Zero ? Duration.Zero : duration - remaining;
            LocalDateTime resume = calendar.AddWorkingTime(actualStart, done);
            if (_project.StatusDate is LocalDateTime status && status > resume)
            {
                resume = status;
            }
            SetEarly(
                j,
                actualStart,
                calendar.AddWorkingTime(
                    remaining > Duration.Zero ? calendar.NextWorkingMoment(resume) : resume,
                    remaining
                )
            );
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
        else
        {
            if (duration > Duration.Zero)
            {
                start = calendar.NextWorkingMoment(start);
            }
            if (activity.LevellingDelay > Duration.Zero)
            {
                // Levelling holds the activity back by working time from where it could start.
                start = calendar.AddWorkingTime(start, activity.LevellingDelay);
                start = duration > Duration.Zero ? calendar.NextWorkingMoment(start) : start;
            }
        }
        SetEarly(j, start, axis.FinishFor(start));
    }

    private void Backward(int j)
    {
        Activity activity = _activities[j];
        if (activity.IsFinished)
        {
            SetLate(j, _earlyStartMoment[j], _earlyFinishMoment[j]);
            return;
        }
        WorkCalendar calendar = CalendarOf(j);
        Duration duration = activity.Duration;
        var axis = new MomentAxis(calendar, duration);
        LocalDateTime finish = Finish;
        foreach (ref readonly NetworkLink link in _network.SuccessorsOf(j))
        {
            int k = link.Other;
            LocalDateTime driven = link.ToStart ? LateStart(k) : LateFinish(k);
            LocalDateTime bound = RemoveLag(driven, LagOf(link), CalendarOf(k), duration);
            finish = Min(finish, SchedulingRules.FinishAllowedBy(axis, link, bound));
        }
        finish = SchedulingRules.LateFinishUnder(axis, activity, finish);
        if (duration > Duration.Zero)
        {
            finish = calendar.PreviousWorkingMoment(finish);
        }
        // As in Microsoft Project, a started activity's late start is its late finish less its duration, not its actual
        // start: its predecessors' floats come from when it could start at the latest, and a link that progress has
        // already satisfied leaves them no negative float. (Its own float is its finish float; see Measure.)
        SetLate(j, axis.StartFor(finish), finish);
    }

    private void Measure(int j)
    {
        WorkCalendar calendar = CalendarOf(j);
        Activity activity = _activities[j];
        Duration finishFloat = calendar.WorkingTimeBetween(_earlyFinishMoment[j], _lateFinishMoment[j]);
        // A started activity can no longer move its start: only its finish float counts.
        Duration totalFloat = activity.IsStarted
            ? finishFloat
            : Min(calendar.WorkingTimeBetween(_earlyStartMoment[j], _lateStartMoment[j]), finishFloat);
        Duration freeFloat;
        ReadOnlySpan<NetworkLink> successors = _network.SuccessorsOf(j);
        if (successors.IsEmpty)
        {
            freeFloat = calendar.WorkingTimeBetween(_earlyFinishMoment[j], Finish);
        }
        else
        {
            freeFloat = Duration.MaxValue;
            foreach (ref readonly NetworkLink link in successors)
            {
                int k = link.Other;
                LocalDateTime driven = link.ToStart ? EarlyStart(k) : EarlyFinish(k);
                LocalDateTime limit = RemoveLag(driven, LagOf(link), CalendarOf(k), activity.Duration);
                LocalDateTime own = link.FromFinish ? _earlyFinishMoment[j] : _earlyStartMoment[j];
                freeFloat = Min(freeFloat, calendar.WorkingTimeBetween(own, limit));
            }
        }
        _totalFloat[j] = totalFloat;
        _freeFloat[j] = Max(Duration.Zero, Min(freeFloat, totalFloat));
        _critical[j] = !activity.IsFinished && totalFloat <= _options.CriticalFloat;
    }

    // ---- The result ------------------------------------------------------------------------------------------------

    private void Assemble(ImmutableArray<int> order)
    {
        var warnings = ImmutableArray.CreateBuilder<ValidationError>();
        foreach (int j in order)
        {
            if (_totalFloat[j] < Duration.Zero)
            {
                ActivityId id = _activities[j].Id;
                warnings.Add(
                    new ValidationError(
                        SchedulingErrorCodes.NegativeFloat,
                        $"Activity '{id}' has {_totalFloat[j].TotalHours:0.##} h of total float: its constraints, "
                            + "deadline or the project finish cannot all be met.",
                        new ErrorLocation { RecordId = id.Value, Field = "totalFloat" },
                        ValidationSeverity.Warning
                    )
                );
            }
            if (
                _network.Bounded[j]
                && _activities[j] is { Deadline: LocalDateTime deadline } activity
                && EarlyFinish(j) is var earlyFinish
                && earlyFinish > deadline
            )
            {
                warnings.Add(
                    new ValidationError(
                        SchedulingErrorCodes.DeadlineMissed,
                        $"Activity '{activity.Id}' finishes {earlyFinish:uuuu-MM-dd HH:mm}, after its deadline "
                            + $"{deadline:uuuu-MM-dd HH:mm}.",
                        new ErrorLocation { RecordId = activity.Id.Value, Field = "deadline" },
                        ValidationSeverity.Warning
                    )
                );
            }
        }
        Warnings = warnings.ToImmutable();
        if (_options.CriticalPath == CriticalPathDefinition.LongestPath)
        {
            MarkLongestPath(order);
        }
        RollUpSummaries(order);
        var critical = new List<int>();
        bool allRegular = true;
        foreach (int j in order)
        {
            if (_critical[j])
            {
                critical.Add(j);
                allRegular &= IsRegular(j);
            }
        }
        // Regular activities start where work resumes at their position, so their positions sort like their dates.
        CriticalPath = allRegular
            ? [.. critical.OrderBy(j => _earlyStart[j]).Select(j => _activities[j].Id)]
            :
            [
                .. critical
                    .Select(j => (EarlyStart: EarlyStart(j), Index: j))
                    .OrderBy(c => c.EarlyStart)
                    .Select(c => _activities[c.Index].Id),
            ];
        Duration least = Duration.MaxValue;
        foreach (int j in order)
        {
            least = Min(least, _totalFloat[j]);
        }
        foreach (ActivitySchedule summary in _summaries.Values)
        {
            least = Min(least, summary.TotalFloat);
        }
        MinimumFloat = least == Duration.MaxValue ? Duration.Zero : least;
    }

    /// <summary>Marks as critical the activities that finish last and, walking back, every predecessor whose link sets
    /// its successor's early date (no working time between the link's bound and the successor's date).</summary>
    private void MarkLongestPath(ImmutableArray<int> order)
    {
        bool[] onPath = new bool[_activities.Length];
        if (!order.IsEmpty)
        {
            LocalDateTime latest = order.Select(EarlyFinish).Max();
            var pending = new Stack<int>();
            foreach (int j in order)
            {
                if (CalendarOf(j).WorkingTimeBetween(EarlyFinish(j), latest) == Duration.Zero)
                {
                    onPath[j] = true;
                    pending.Push(j);
                }
            }
            while (pending.Count > 0)
            {
                int j = pending.Pop();
                foreach (ref readonly NetworkLink link in _network.PredecessorsOf(j))
                {
                    int i = link.Other;
                    if (onPath[i])
                    {
                        continue;
                    }
                    LocalDateTime driver = link.FromFinish ? EarlyFinish(i) : EarlyStart(i);
                    LocalDateTime bound = ApplyLag(driver, LagOf(link), CalendarOf(j), _activities[i].Duration);
                    LocalDateTime driven = link.ToStart ? EarlyStart(j) : EarlyFinish(j);
                    if (CalendarOf(j).WorkingTimeBetween(bound, driven) == Duration.Zero)
                    {
                        onPath[i] = true;
                        pending.Push(i);
                    }
                }
            }
        }
        foreach (int j in order)
        {
            _critical[j] = onPath[j];
        }
    }

    /// <summary>Gives each summary the earliest start, latest finish, least float and criticality of the tasks below
    /// it, merging each task into its ancestors once (a summary without tasks sits at the project start).</summary>
    private void RollUpSummaries(ImmutableArray<int> order)
    {
        if (!_network.HasSummaries)
        {
            return;
        }
        var rollUps = new Dictionary<int, RollUp>();
        foreach (int j in order)
        {
            Work? work = _activities[j].Work;
            for (int parent = _network.Parent[j]; parent >= 0; parent = _network.Parent[parent])
            {
                if (work is Work w)
                {
                    _summaryWork[parent] = _summaryWork.TryGetValue(parent, out Work sum) ? sum + w : w;
                }
                if (!rollUps.TryGetValue(parent, out RollUp? rollUp))
                {
                    rollUps[parent] = rollUp = new RollUp();
                }
                rollUp.Add(this, j);
            }
        }
        for (int j = 0; j < _activities.Length; j++)
        {
            if (_activities[j].Kind == ActivityKind.Summary)
            {
                LocalDateTime start = _project.Start;
                _summaries[j] = rollUps.TryGetValue(j, out RollUp? rollUp)
                    ? rollUp.ToSchedule(this, _activities[j].Id)
                    : new ActivitySchedule(
                        _activities[j].Id,
                        start,
                        start,
                        start,
                        start,
                        start,
                        start,
                        Duration.Zero,
                        Duration.Zero,
                        false
                    );
            }
        }
    }

    /// <summary>The extremes of the tasks below a summary: positions for regular tasks, moments for the rest, resolved
    /// to dates once at the end.</summary>
    private sealed class RollUp
    {
        private Extreme _start = Extreme.Earliest();
        private Extreme _finish = Extreme.Latest();
        private Extreme _earlyStart = Extreme.Earliest();
        private Extreme _earlyFinish = Extreme.Latest();
        private Extreme _lateStart = Extreme.Earliest();
        private Extreme _lateFinish = Extreme.Latest();
        private Duration _totalFloat = Duration.MaxValue;
        private Duration _freeFloat = Duration.MaxValue;
        private bool _critical;

        internal void Add(CpmRun run, int j)
        {
            bool alap = run._activities[j].Constraint.Type == ConstraintType.AsLateAsPossible;
            if (run.IsRegular(j))
            {
                _start.Take(alap ? run._lateStart[j] : run._earlyStart[j]);
                _finish.Take(alap ? run._lateFinish[j] : run._earlyFinish[j]);
                _earlyStart.Take(run._earlyStart[j]);
                _earlyFinish.Take(run._earlyFinish[j]);
                _lateStart.Take(run._lateStart[j]);
                _lateFinish.Take(run._lateFinish[j]);
            }
            else
            {
                _start.Take(alap ? run._lateStartMoment[j] : run._earlyStartMoment[j]);
                _finish.Take(alap ? run._lateFinishMoment[j] : run._earlyFinishMoment[j]);
                _earlyStart.Take(run._earlyStartMoment[j]);
                _earlyFinish.Take(run._earlyFinishMoment[j]);
                _lateStart.Take(run._lateStartMoment[j]);
                _lateFinish.Take(run._lateFinishMoment[j]);
            }
            _totalFloat = Min(_totalFloat, run._totalFloat[j]);
            _freeFloat = Min(_freeFloat, run._freeFloat[j]);
            _critical |= run._critical[j];
        }

        internal ActivitySchedule ToSchedule(CpmRun run, ActivityId id)
        {
            WorkingTimeLine? line = run._line;
            return new ActivitySchedule(
                id,
                _start.Resolve(line, start: true),
                _finish.Resolve(line, start: false),
                _earlyStart.Resolve(line, start: true),
                _earlyFinish.Resolve(line, start: false),
                _lateStart.Resolve(line, start: true),
                _lateFinish.Resolve(line, start: false),
                _totalFloat,
                _freeFloat,
                _critical
            );
        }
    }

    /// <summary>The earliest (or latest) of some positions and some moments.</summary>
    private struct Extreme
    {
        private readonly bool _earliest;
        private long _position;
        private LocalDateTime? _moment;

        private Extreme(bool earliest)
        {
            _earliest = earliest;
            _position = earliest ? long.MaxValue : long.MinValue;
        }

        internal static Extreme Earliest() => new(earliest: true);

        internal static Extreme Latest() => new(earliest: false);

        internal void Take(long position) =>
            _position = _earliest ? Math.Min(_position, position) : Math.Max(_position, position);

        internal void Take(LocalDateTime moment) =>
            _moment =
                _moment is not LocalDateTime m ? moment
                : _earliest ? Min(m, moment)
                : Max(m, moment);

        /// <summary>Returns the extreme as a date: a position becomes a start (where work resumes) or a
        /// finish.</summary>
        internal readonly LocalDateTime Resolve(WorkingTimeLine? line, bool start)
        {
            bool hasPosition = _position is not (long.MaxValue or long.MinValue);
            if (!hasPosition)
            {
                return _moment!.Value;
            }
            LocalDateTime onLine = start ? line!.StartAt(_position) : line!.FinishAt(_position);
            return _moment is not LocalDateTime moment ? onLine
                : _earliest ? Min(onLine, moment)
                : Max(onLine, moment);
        }
    }

    // ---- Shared rules ----------------------------------------------------------------------------------------------

    /// <summary>Whether a start-no-earlier-than or finish-no-earlier-than date takes the place of the project start as
    /// the activity's earliest start, as in Microsoft Project (such an activity may start before the
    /// project).</summary>
    private static bool StartsFromConstraint(Activity activity) =>
        activity.Constraint.Type is ConstraintType.StartNoEarlierThan or ConstraintType.FinishNoEarlierThan;

    private static LocalDateTime ApplyLag(
        LocalDateTime moment,
        Lag lag,
        WorkCalendar calendar,
        Duration predecessorDuration
    ) =>
        lag.Kind switch
        {
            LagKind.Elapsed => moment.PlusNanoseconds(lag.Time.ToInt64Nanoseconds()),
            LagKind.PercentOfPredecessor => calendar.AddWorkingTime(moment, Percent(predecessorDuration, lag.Percent)),
            _ => calendar.AddWorkingTime(moment, lag.Time),
        };

    private static LocalDateTime RemoveLag(
        LocalDateTime moment,
        Lag lag,
        WorkCalendar calendar,
        Duration predecessorDuration
    ) =>
        lag.Kind switch
        {
            LagKind.Elapsed => moment.PlusNanoseconds(-lag.Time.ToInt64Nanoseconds()),
            LagKind.PercentOfPredecessor => calendar.SubtractWorkingTime(
                moment,
                Percent(predecessorDuration, lag.Percent)
            ),
            _ => calendar.SubtractWorkingTime(moment, lag.Time),
        };

    private static Duration Percent(Duration duration, decimal percent) =>
        Duration.FromTicks(
            (long)decimal.Round(duration.BclCompatibleTicks * percent / 100m, MidpointRounding.AwayFromZero)
        );

    private static LocalDateTime Max(LocalDateTime a, LocalDateTime b) => a >= b ? a : b;

    private static LocalDateTime Min(LocalDateTime a, LocalDateTime b) => a <= b ? a : b;

    private static Duration Max(Duration a, Duration b) => a >= b ? a : b;

    private static Duration Min(Duration a, Duration b) => a <= b ? a : b;
}
