using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Pso.Domain.Errors;
using Pso.Domain.Scheduling;

namespace Pso.Domain.Intake.TaskReports;

/// <summary>
/// Turns task-completion reports into progress on a schedule's activities: actual start and finish, percent complete,
/// remaining duration. Reports are applied in the order of their reporting dates. A report is not applied, and is
/// reported as a conflict, when it names an activity the schedule lacks, lowers the percent complete, gives another
/// actual start or finish than the activity already has, finishes before its start, or speaks of dates after the
/// status date. A finish without a start takes the finish as the start, with a warning. Reports of other projects are
/// left for their own projects and returned as such (<see cref="ProgressUpdateResult.Elsewhere"/>), never dropped.
/// </summary>
public static class ProgressUpdate
{
    /// <summary>Applies reports to a project.</summary>
    /// <param name="project">The project.</param>
    /// <param name="reports">The reports.</param>
    /// <param name="statusDate">The new status date; the project's own when null.</param>
    /// <returns>The project with the progress, and every conflict.</returns>
    public static ProgressUpdateResult Apply(
        Project project,
        IEnumerable<TaskReport> reports,
        LocalDateTime? statusDate = null
    )
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(reports);
        LocalDateTime? status = statusDate ?? project.StatusDate;
        var activities = project.Activities.ToDictionary(a => a.Id);
        var updated = new List<ActivityId>();
        var conflicts = new List<ValidationError>();
        void Conflict(
            TaskReport r,
            string code,
            string message,
            ValidationSeverity severity = ValidationSeverity.Error
        ) =>
            conflicts.Add(
                new ValidationError(
                    code,
                    $"Activity '{r.Activity}': {message}",
                    new ErrorLocation { RecordId = r.Activity.Value },
                    severity
                )
            );
        ILookup<bool, TaskReport> mine = reports.ToLookup(r => r.Project is null || r.Project == project.Id);
        foreach (TaskReport report in mine[true].OrderBy(r => r.ReportedOn ?? LocalDate.MinIsoValue))
        {
            if (!activities.TryGetValue(report.Activity, out Activity? activity))
            {
                Conflict(report, IntakeErrorCodes.UnknownActivity, $"project '{project.Id}' has no such activity.");
                continue;
            }
            LocalDateTime? start = report.ActualStart ?? activity.ActualStart;
            LocalDateTime? finish = report.ActualFinish ?? activity.ActualFinish;
            if (report.PercentComplete < activity.PercentComplete)
            {
                Conflict(
                    report,
                    IntakeErrorCodes.PercentBackwards,
                    $"{report.PercentComplete}% complete is less than the {activity.PercentComplete}% already recorded."
                );
                continue;
            }
            if (
                (report.ActualStart is { } s && activity.ActualStart is { } had && s != had)
                || (report.ActualFinish is { } f && activity.ActualFinish is { } done && f != done)
            )
            {
                Conflict(
                    report,
                    IntakeErrorCodes.ProgressChanged,
                    $"the report gives another actual start or finish ({report.ActualStart:uuuu-MM-dd HH:mm} / "
                        + $"{report.ActualFinish:uuuu-MM-dd HH:mm}) than recorded "
                        + $"({activity.ActualStart:uuuu-MM-dd HH:mm} / {activity.ActualFinish:uuuu-MM-dd HH:mm})."
                );
                continue;
            }
            if (status is LocalDateTime limit && (start > limit || finish > limit))
            {
                Conflict(
                    report,
                    IntakeErrorCodes.AfterStatusDate,
                    $"the report speaks of a time after the status date {limit:uuuu-MM-dd HH:mm}."
                );
                continue;
            }
            if (finish is LocalDateTime end && start is null)
            {
                start = end;
                Conflict(
                    report,
                    IntakeErrorCodes.StartAssumed,
                    $"finished {end:uuuu-MM-dd HH:mm} with no start reported; the finish is taken as the start.",
                    ValidationSeverity.Warning
                );
            }
            if (start is LocalDateTime from && finish is LocalDateTime to && to < from)
            {
                Conflict(
                    report,
                    IntakeErrorCodes.FinishBeforeStart,
                    $"the finish {to:uuuu-MM-dd HH:mm} is before the start {from:uuuu-MM-dd HH:mm}."
                );
                continue;
            }
            decimal percent = finish is not null ? 100m : report.PercentComplete ?? activity.PercentComplete;
            Activity next = activity with
            {
                ActualStart = start ?? (percent > 0 ? activity.ActualStart : null),
                ActualFinish = finish,
                PercentComplete = percent,
                RemainingDuration = finish is not null
                    ? Duration.Zero
                    : report.RemainingDuration ?? activity.RemainingDuration,
            };
            if (next.PercentComplete > 0 && next.ActualStart is null)
            {
                Conflict(
                    report,
                    IntakeErrorCodes.StartAssumed,
                    $"{percent}% complete with no actual start; the percent is recorded, the start left open.",
                    ValidationSeverity.Warning
                );
            }
            if (next != activity)
            {
                activities[activity.Id] = next;
                if (!updated.Contains(activity.Id))
                {
                    updated.Add(activity.Id);
                }
            }
        }
        Project result =
            updated.Count == 0 && statusDate is null
                ? project
                : project.WithActivities(project.Activities.Select(a => activities[a.Id]), status);
        return new ProgressUpdateResult(result, [.. updated], [.. conflicts], [.. mine[false]]);
    }
}
