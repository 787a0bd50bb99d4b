using System;
using NodaTime;

namespace Pso.Domain.Scheduling;

/// <summary>
/// An activity of a project schedule: a task, a milestone or a summary (a work breakdown structure element whose
/// children are the activities whose <see cref="Parent"/> it is).
///</summary>
/// <remarks> Instances are immutable; change one with <c>with { … }</c>. Consistency across activities (unique ids,
/// known parents and calendars, no negative durations) is checked when a <see cref="Project"/> is built, which reports
/// every problem at once, naming each activity.
/// </remarks>
public sealed record Activity
{
    /// <summary>Initialises an activity.</summary>
    /// <param name="id">The id, unique within the project.</param>
    /// <param name="name">The name for people.</param>
    /// <param name="duration">The duration in working time on the activity's calendar; zero for a milestone and
    /// ignored for a summary.</param>
    /// <param name="kind">Task, milestone or summary; a task by default.</param>
    public Activity(ActivityId id, string name, Duration duration, ActivityKind kind = ActivityKind.Task)
    {
        Id = id;
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Duration = duration;
        Kind = kind;
    }

    /// <summary>Gets the id, unique within the project.</summary>
    public ActivityId Id { get; init; }

    /// <summary>Gets the name for people.</summary>
    public string Name { get; init; }

    /// <summary>Gets the duration in working time on the activity's calendar.</summary>
    public Duration Duration { get; init; }

    /// <summary>Gets whether this is a task, a milestone or a summary.</summary>
    public ActivityKind Kind { get; init; }

    /// <summary>Gets the summary activity this one belongs to in the work breakdown structure, if any.</summary>
    public ActivityId? Parent { get; init; }

    /// <summary>Gets the calendar the activity works to, if not the project's.</summary>
    public CalendarId? Calendar { get; init; }

    /// <summary>Gets the date constraint; as soon as possible by default.</summary>
    public ScheduleConstraint Constraint { get; init; }

    /// <summary>Gets the deadline: a target finish that does not move the activity but limits its late finish and is
    /// reported when missed.</summary>
    public LocalDateTime? Deadline { get; init; }

    /// <summary>Gets the priority from 0 to 1000 (500 by default), used by levelling.</summary>
    public int Priority { get; init; } = 500;

    /// <summary>Gets the levelling delay: working time on the activity's calendar by which resource levelling holds the
    /// activity back from the early start its links, constraints and the status date allow, as Microsoft Project's
    /// levelling delay does. Zero by default; ignored once the activity has started or when it is manually
    /// scheduled.</summary>
    public Duration LevellingDelay { get; init; }

    /// <summary>Gets the start of a manually scheduled activity: the scheduler keeps its early dates there whatever its
    /// links and constraints say, as Microsoft Project does for manually scheduled tasks; its late dates and floats are
    /// computed as usual. Null (the default) for an automatically scheduled activity.</summary>
    public LocalDateTime? ManualStart { get; init; }

    /// <summary>Gets when work on the activity actually started, once it has.</summary>
    public LocalDateTime? ActualStart { get; init; }

    /// <summary>Gets when the activity actually finished, once it has; requires <see cref="ActualStart"/>.</summary>
    public LocalDateTime? ActualFinish { get; init; }

    /// <summary>Gets the working time still needed to finish a started activity, when reported; the part done is then
    /// the duration less this. When not reported, the part of the duration that <see cref="PercentComplete"/> leaves
    /// remains.</summary>
    public Duration? RemainingDuration { get; init; }

    /// <summary>Gets the share of the duration done, from 0 to 100; 0 by default.</summary>
    public decimal PercentComplete { get; init; }

    /// <summary>Gets whether the activity has actually started.</summary>
    public bool IsStarted => ActualStart is not null;

    /// <summary>Gets whether the activity has actually finished.</summary>
    public bool IsFinished => ActualFinish is not null;

    /// <summary>Gets the work breakdown structure code, such as <c>1.2.3</c>, if known.</summary>
    public string? OutlineNumber { get; init; }

    /// <summary>Gets the planned work (effort) of a task, such as 24 hours for three people-days, if known; a summary's
    /// work rolls up from below it (<see cref="Cpm.ScheduleResult.WorkOf"/>), so its own is not used.</summary>
    public Work? Work { get; init; }
}
