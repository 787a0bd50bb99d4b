using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;
using Pso.Domain.Errors;

namespace Pso.Domain.Scheduling.Cpm;

/// <summary>The result of the critical path method for a project: every activity's dates and floats, the project's
/// finish, the critical path, and the warnings (negative float, missed deadlines).</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class ScheduleResult
{
    private readonly CpmRun _run;

    internal ScheduleResult(CpmRun run)
    {
        _run = run;
        Activities = new ScheduleList(run);
    }

    /// <summary>Gets the project that was scheduled.</summary>
    public Project Project => _run.Project;

    /// <summary>Gets the schedule of every activity, in the project's order.</summary>
    /// <remarks>Each item is made when it is read, from the numbers the passes left: reading the whole list of a large
    /// project costs more than scheduling it.</remarks>
    public IReadOnlyList<ActivitySchedule> Activities { get; }

    /// <summary>Gets the project's start.</summary>
    public LocalDateTime Start => Project.Start;

    /// <summary>Gets the project's finish used by the backward pass: the latest early finish, or the required
    /// finish.</summary>
    public LocalDateTime Finish => _run.Finish;

    /// <summary>Gets the critical activities (summaries excluded), by early start.</summary>
    public ImmutableArray<ActivityId> CriticalPath => _run.CriticalPath;

    /// <summary>Gets the warnings: negative float (code <c>schedule.negative-float</c>) and missed deadlines
    /// (<c>schedule.deadline-missed</c>), each naming its activity.</summary>
    public ImmutableArray<ValidationError> Warnings => _run.Warnings;

    /// <summary>Gets the schedule of an activity.</summary>
    /// <param name="activity">The activity's id.</param>
    /// <returns>Its dates and floats.</returns>
    /// <exception cref="UnknownIdException">The project has no such activity.</exception>
    public ActivitySchedule this[ActivityId activity] =>
        Project.TryIndexOf(activity, out int index)
            ? _run.ScheduleOf(index)
            : throw new UnknownIdException(
                SchedulingErrorCodes.MissingActivity,
                activity.Value,
                $"Project '{Project.Id}' has no activity '{activity}'."
            );

    /// <summary>Gets an activity's planned work: a task's own, a summary's the sum of the tasks below it that have
    /// work.</summary>
    /// <param name="activity">The activity's id.</param>
    /// <returns>The work, or null when neither the activity nor anything below it has work.</returns>
    /// <exception cref="UnknownIdException">The project has no such activity.</exception>
    public Work? WorkOf(ActivityId activity) =>
        Project.TryIndexOf(activity, out int index)
            ? _run.WorkOf(index)
            : throw new UnknownIdException(
                SchedulingErrorCodes.MissingActivity,
                activity.Value,
                $"Project '{Project.Id}' has no activity '{activity}'."
            );

    /// <summary>Gets the total float of the project's most critical activity: negative when the project cannot meet its
    /// constraints.</summary>
    public Duration MinimumFloat => _run.MinimumFloat;

    /// <summary>The activities' schedules, made on reading.</summary>
    private sealed class ScheduleList(CpmRun run) : IReadOnlyList<ActivitySchedule>
    {
        public int Count => run.Project.Activities.Length;

        public ActivitySchedule this[int index] =>
            (uint)index < (uint)Count ? run.ScheduleOf(index) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<ActivitySchedule> GetEnumerator()
        {
            for (int i = 0; i < Count; i++)
            {
                yield return run.ScheduleOf(i);
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
