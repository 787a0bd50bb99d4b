using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Pso.Domain.Errors;

namespace Pso.Domain.Scheduling.Cpm;

/// <summary>The result of the critical path method for a project: every activity's dates and floats, the project's
/// finish, the critical path, and the warnings (negative float, missed deadlines).</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class ScheduleResult
{
    internal ScheduleResult(Project project, ImmutableArray<ActivitySchedule> activities, LocalDateTime finish,
        ImmutableArray<ActivityId> criticalPath, ImmutableArray<ValidationError> warnings)
    {
        Project = project;
        Activities = activities;
        Finish = finish;
        CriticalPath = criticalPath;
        Warnings = warnings;
    }

    /// <summary>Gets the project that was scheduled.</summary>
    public Project Project { get; }

    /// <summary>Gets the schedule of every activity, in the project's order.</summary>
    public ImmutableArray<ActivitySchedule> Activities { get; }

    /// <summary>Gets the project's start.</summary>
    public LocalDateTime Start => Project.Start;

    /// <summary>Gets the project's finish used by the backward pass: the latest early finish, or the required finish.</summary>
    public LocalDateTime Finish { get; }

    /// <summary>Gets the critical activities (summaries excluded), by early start.</summary>
    public ImmutableArray<ActivityId> CriticalPath { get; }

    /// <summary>Gets the warnings: negative float (code <c>schedule.negative-float</c>) and missed deadlines
    /// (<c>schedule.deadline-missed</c>), each naming its activity.</summary>
    public ImmutableArray<ValidationError> Warnings { get; }

    /// <summary>Gets the schedule of an activity.</summary>
    /// <param name="activity">The activity's id.</param>
    /// <returns>Its dates and floats.</returns>
    /// <exception cref="KeyNotFoundException">The project has no such activity.</exception>
    public ActivitySchedule this[ActivityId activity] =>
        Project.TryIndexOf(activity, out int index) ? Activities[index] : throw new KeyNotFoundException($"Project '{Project.Id}' has no activity '{activity}'.");

    /// <summary>Gets the total float of the project's most critical activity: negative when the project cannot meet its
    /// constraints.</summary>
    public Duration MinimumFloat => Activities.IsEmpty ? Duration.Zero : Activities.Min(a => a.TotalFloat);
}
