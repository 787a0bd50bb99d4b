using System.Collections.Immutable;
using NodaTime;

namespace Pso.Domain.Intake.TaskReports;

/// <summary>
/// A task-completion report: what a team says about one activity on a day (actual start and finish, percent complete,
/// remaining duration, work done), from our own schema or a tracker's export. <see cref="ProgressUpdate"/> turns
/// reports into progress on a schedule's activities.
/// </summary>
/// <param name="Activity">The activity (in trackers, the issue key or task id).</param>
public sealed record TaskReport(ActivityId Activity)
{
    /// <summary>Gets the project, when the report says.</summary>
    public ProjectId? Project { get; init; }

    /// <summary>Gets the activity's name in the source, when it gives one.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the day the report speaks for, when it says.</summary>
    public LocalDate? ReportedOn { get; init; }

    /// <summary>Gets when work actually started, when reported.</summary>
    public LocalDateTime? ActualStart { get; init; }

    /// <summary>Gets when work actually finished, when reported.</summary>
    public LocalDateTime? ActualFinish { get; init; }

    /// <summary>Gets the percent complete, 0 to 100, when reported.</summary>
    public decimal? PercentComplete { get; init; }

    /// <summary>Gets the duration still to go, when reported.</summary>
    public Duration? RemainingDuration { get; init; }

    /// <summary>Gets the work done so far, when reported.</summary>
    public Work? ActualWork { get; init; }

    /// <summary>Gets who the activity is assigned to, when reported.</summary>
    public ResourceId? Assignee { get; init; }

    /// <summary>Gets the parent activity (a subtask's task, an issue's epic), when reported.</summary>
    public ActivityId? Parent { get; init; }

    /// <summary>Gets the activities this one waits for (Jira: "is blocked by"; Asana: "blocked by").</summary>
    public ImmutableArray<ActivityId> Predecessors { get; init; } = [];

    /// <summary>Gets the activities that wait for this one (Jira: "blocks").</summary>
    public ImmutableArray<ActivityId> Successors { get; init; } = [];
}
