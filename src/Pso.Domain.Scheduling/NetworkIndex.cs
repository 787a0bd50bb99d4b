using System;
using System.Collections.Immutable;
using NodaTime;

namespace Pso.Domain.Scheduling;

/// <summary>
/// A project's links laid out for the engines: for every activity, its predecessor and successor links in contiguous
/// arrays (compressed rows, in the order the dependencies were given), each with the questions the passes ask of it
/// answered once; and every activity's parent index. Built once per project, shared by every run.
///</summary>
internal sealed class NetworkIndex
{
    private readonly int[] _predecessorStart;
    private readonly NetworkLink[] _predecessors;
    private readonly int[] _successorStart;
    private readonly NetworkLink[] _successors;

    internal NetworkIndex(
        ImmutableArray<Activity> activities,
        ImmutableArray<Dependency> dependencies,
        Func<ActivityId, int> indexOf,
        Func<Activity, bool> onProjectCalendar
    )
    {
        int n = activities.Length;
        int[] from = new int[dependencies.Length];
        int[] to = new int[dependencies.Length];
        _predecessorStart = new int[n + 1];
        _successorStart = new int[n + 1];
        for (int d = 0; d < dependencies.Length; d++)
        {
            from[d] = indexOf(dependencies[d].Predecessor);
            to[d] = indexOf(dependencies[d].Successor);
            _successorStart[from[d] + 1]++;
            _predecessorStart[to[d] + 1]++;
        }
        for (int i = 0; i < n; i++)
        {
            _successorStart[i + 1] += _successorStart[i];
            _predecessorStart[i + 1] += _predecessorStart[i];
        }
        _predecessors = new NetworkLink[dependencies.Length];
        _successors = new NetworkLink[dependencies.Length];
        int[] predecessorFill = _predecessorStart[..n];
        int[] successorFill = _successorStart[..n];
        for (int d = 0; d < dependencies.Length; d++)
        {
            _successors[successorFill[from[d]]++] = new NetworkLink(to[d], d, dependencies[d]);
            _predecessors[predecessorFill[to[d]]++] = new NetworkLink(from[d], d, dependencies[d]);
        }

        Parent = new int[n];
        for (int i = 0; i < n; i++)
        {
            Parent[i] = activities[i].Parent is ActivityId parent ? indexOf(parent) : -1;
        }
        (DurationTicks, Regular, Bounded, OneCalendar, HasSummaries) = Measure(activities, onProjectCalendar);
    }

    /// <summary>Initialises the index of the same network with other activities (other durations, say): the links and
    /// the breakdown are shared, the per-activity facts taken afresh.</summary>
    private NetworkIndex(
        NetworkIndex source,
        ImmutableArray<Activity> activities,
        Func<Activity, bool> onProjectCalendar
    )
    {
        _predecessorStart = source._predecessorStart;
        _predecessors = source._predecessors;
        _successorStart = source._successorStart;
        _successors = source._successors;
        Parent = source.Parent;
        (DurationTicks, Regular, Bounded, OneCalendar, HasSummaries) = Measure(activities, onProjectCalendar);
    }

    /// <summary>Returns the index of the same network (same links, same parents) with other activities.</summary>
    internal NetworkIndex With(ImmutableArray<Activity> activities, Func<Activity, bool> onProjectCalendar) =>
        new(this, activities, onProjectCalendar);

    private static (long[] DurationTicks, bool[] Regular, bool[] Bounded, bool OneCalendar, bool HasSummaries) Measure(
        ImmutableArray<Activity> activities,
        Func<Activity, bool> onProjectCalendar
    )
    {
        int n = activities.Length;
        long[] durationTicks = new long[n];
        bool[] regular = new bool[n];
        bool[] bounded = new bool[n];
        bool oneCalendar = true;
        bool hasSummaries = false;
        for (int i = 0; i < n; i++)
        {
            Activity activity = activities[i];
            durationTicks[i] = activity.Duration.BclCompatibleTicks;
            regular[i] =
                activity.Kind != ActivityKind.Summary
                && activity.Duration > Duration.Zero
                && durationTicks[i] * NodaConstants.NanosecondsPerTick == activity.Duration.ToInt64Nanoseconds()
                && activity.ActualStart is null
                && activity.ManualStart is null
                && activity.LevellingDelay == Duration.Zero;
            bounded[i] = activity.Constraint.Date is not null || activity.Deadline is not null;
            oneCalendar &= onProjectCalendar(activity);
            hasSummaries |= activity.Kind == ActivityKind.Summary;
        }
        return (durationTicks, regular, bounded, oneCalendar, hasSummaries);
    }

    /// <summary>Gets whether every activity works to the project calendar.</summary>
    internal bool OneCalendar { get; }

    /// <summary>Gets whether the project has summary activities.</summary>
    internal bool HasSummaries { get; }

    /// <summary>Gets, for each activity, whether it is a task with a whole-tick duration that has not started and is
    /// not manually scheduled or held back by levelling: one whose dates follow from positions on a working-time
    /// line.</summary>
    internal bool[] Regular { get; }

    /// <summary>Gets, for each activity, whether it has a dated constraint or a deadline.</summary>
    internal bool[] Bounded { get; }

    /// <summary>Gets each activity's parent index, or -1 at the top of the breakdown.</summary>
    internal int[] Parent { get; }

    /// <summary>Gets each activity's duration in whole ticks.</summary>
    internal long[] DurationTicks { get; }

    /// <summary>Returns the links into an activity; <see cref="NetworkLink.Other"/> is the predecessor.</summary>
    internal ReadOnlySpan<NetworkLink> PredecessorsOf(int activity) =>
        _predecessors.AsSpan(
            _predecessorStart[activity],
            _predecessorStart[activity + 1] - _predecessorStart[activity]
        );

    /// <summary>Returns the links out of an activity; <see cref="NetworkLink.Other"/> is the successor.</summary>
    internal ReadOnlySpan<NetworkLink> SuccessorsOf(int activity) =>
        _successors.AsSpan(_successorStart[activity], _successorStart[activity + 1] - _successorStart[activity]);
}
