namespace Pso.Domain.Scheduling;

/// <summary>The stable codes of the errors and warnings that Pso.Domain.Scheduling reports.</summary>
public static class SchedulingErrorCodes
{
    /// <summary>Two activities share an id.</summary>
    public const string DuplicateActivity = "schedule.duplicate-activity";

    /// <summary>A dependency or a parent names an activity the project does not have.</summary>
    public const string MissingActivity = "schedule.missing-activity";

    /// <summary>A dependency links an activity to itself.</summary>
    public const string SelfDependency = "schedule.self-dependency";

    /// <summary>An activity has a negative duration.</summary>
    public const string NegativeDuration = "schedule.negative-duration";

    /// <summary>A duration, remaining duration or lag is longer than <see cref="Project.MaxDuration"/>, or a lag's
    /// percentage is beyond <see cref="Project.MaxLagPercent"/>.</summary>
    public const string OutOfRange = "schedule.out-of-range";

    /// <summary>A milestone has a duration.</summary>
    public const string MilestoneDuration = "schedule.milestone-duration";

    /// <summary>An activity names a calendar the project does not have.</summary>
    public const string UnknownCalendar = "schedule.unknown-calendar";

    /// <summary>An activity's parent is not a summary activity, or summaries nest in a loop.</summary>
    public const string InvalidParent = "schedule.invalid-parent";

    /// <summary>A dependency links a summary activity; link its children instead.</summary>
    public const string SummaryDependency = "schedule.summary-dependency";

    /// <summary>An activity's priority is outside 0 to 1000.</summary>
    public const string PriorityOutOfRange = "schedule.priority-out-of-range";

    /// <summary>An activity's progress is inconsistent: a finish without a start, a finish before the start, a
    /// percentage outside 0 to 100, or a negative remaining duration.</summary>
    public const string InvalidProgress = "schedule.invalid-progress";

    /// <summary>The dependencies form a cycle.</summary>
    public const string Cycle = "schedule.cycle";

    /// <summary>An activity has negative total float: constraints, deadlines or the project finish cannot all be
    /// met.</summary>
    public const string NegativeFloat = "schedule.negative-float";

    /// <summary>An activity's early finish is after its deadline.</summary>
    public const string DeadlineMissed = "schedule.deadline-missed";
}
