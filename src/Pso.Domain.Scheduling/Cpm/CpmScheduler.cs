using System;
using System.Threading;

namespace Pso.Domain.Scheduling.Cpm;

/// <summary>
/// The critical path method on working-time calendars: a forward pass for early dates, a backward pass for late dates,
/// then total and free float and the critical path.
/// </summary>
/// <remarks>
/// <para><b>Dates.</b> A task with duration starts at the next working moment of its calendar and finishes when its
/// working time is done (a one-day task from 08:00 finishes at 17:00, and its finish-to-start successor starts at 08:00
/// the next working day). A milestone takes no time and sits where its links put it.</para>
/// <para><b>Lags</b> are measured on the successor's calendar (working-time and percentage lags) or in elapsed
/// time.</para>
/// <para>No activity starts before the project start, except one whose start-no-earlier-than or
/// finish-no-earlier-than date is earlier: that date takes the project start's place, as in Microsoft Project. (Its
/// successors still start no earlier than the project start, where Microsoft Project would let them follow it.)</para>
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
    public CpmScheduler(CpmOptions? options = null)
        : this(options, useTimeLine: true) { }

    /// <summary>Initialises a scheduler that may be kept off the working-time line, so that tests can compare both
    /// ways.</summary>
    internal CpmScheduler(CpmOptions? options, bool useTimeLine)
    {
        Options = options ?? CpmOptions.Default;
        UsesTimeLine = useTimeLine;
    }

    /// <summary>Gets the settings.</summary>
    public CpmOptions Options { get; }

    /// <summary>Gets whether single-calendar projects are scheduled on a working-time line.</summary>
    internal bool UsesTimeLine { get; }

    /// <summary>Schedules a project.</summary>
    /// <param name="project">The project; being built, it is known to be consistent and acyclic.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>Every activity's dates and floats, the critical path and the warnings.</returns>
    /// <exception cref="OperationCanceledException">The work was cancelled.</exception>
    /// <exception cref="Errors.NoWorkingTimeException">A calendar has no working time where an activity needs
    /// it.</exception>
    public ScheduleResult Schedule(Project project, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        return new ScheduleResult(new CpmRun(project, Options, UsesTimeLine, cancellationToken).Run());
    }
}
