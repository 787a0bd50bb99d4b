using System.Collections.Generic;
using System.Globalization;
using Pso.Domain.Intake.Pipeline;

namespace Pso.Domain.Intake.TaskReports;

/// <summary>Our own task-completion schema.</summary>
internal sealed class PsoTaskReportSource()
    : TaskReportSource(
        "pso-task-reports",
        "Task-completion reports in Pso.Domain's own schema: activity; project, name, reported, actual_start, "
            + "actual_finish, percent_complete, remaining_hours, actual_hours, assignee, parent, predecessors, "
            + "successors optional."
    )
{
    internal override bool Recognises(IntakeHeader header) =>
        header.Has("activity")
        && (header.Has("percent_complete") || header.Has("actual_start") || header.Has("actual_finish"));

    private protected override RowReader<TaskReport> Bind(IntakeHeader header, List<string> missing)
    {
        if (header.Find("activity") < 0)
        {
            missing.Add("activity");
        }
        int activity = header.Find("activity");
        int project = header.Find("project");
        int name = header.Find("name");
        int reported = header.Find("reported");
        int start = header.Find("actual_start");
        int finish = header.Find("actual_finish");
        int percent = header.Find("percent_complete");
        int remaining = header.Find("remaining_hours");
        int work = header.Find("actual_hours");
        int assignee = header.Find("assignee");
        int parent = header.Find("parent");
        int predecessors = header.Find("predecessors");
        int successors = header.Find("successors");
        return new DelegateReader<TaskReport>(
            (IntakeRow row, out string key) =>
            {
                ActivityId? id = row.Id<ActivityId>(activity, true, "activity");
                decimal? left = row.Number(remaining, false, CultureInfo.InvariantCulture, "remaining_hours");
                decimal? done = row.Number(work, false, CultureInfo.InvariantCulture, "actual_hours");
                TaskReport? report = id is ActivityId a
                    ? new TaskReport(a)
                    {
                        Project = row.Id<ProjectId>(project, false, "project") ?? row.Options.Project,
                        Name = row.Value(name) is { Length: > 0 } n ? n : null,
                        ReportedOn = row.Date(reported, false, DateOrder.Unspecified, "reported"),
                        ActualStart = When(row, start, DateOrder.Unspecified),
                        ActualFinish = When(row, finish, DateOrder.Unspecified),
                        PercentComplete = row.Number(percent, false, CultureInfo.InvariantCulture, "percent_complete"),
                        RemainingDuration = HoursIn(row, remaining, left)?.ToDuration(),
                        ActualWork = HoursIn(row, work, done),
                        Assignee = row.Id<ResourceId>(assignee, false, "assignee"),
                        Parent = row.Id<ActivityId>(parent, false, "parent"),
                        Predecessors = Links(row, predecessors),
                        Successors = Links(row, successors),
                    }
                    : null;
                if (left is decimal bad && bad is < 0 or >= 1_000_000)
                {
                    row.Fail(
                        IntakeErrorCodes.OutOfRange,
                        remaining,
                        $"{bad} hours remaining: it must be from 0 to 999,999.",
                        "remaining_hours"
                    );
                }
                return Finish(row, report, start, finish, percent, out key);
            }
        );
    }
}
