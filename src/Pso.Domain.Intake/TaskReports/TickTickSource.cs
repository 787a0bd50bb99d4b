using System.Collections.Generic;
using NodaTime;
using Pso.Domain.Errors;
using Pso.Domain.Intake.Pipeline;

namespace Pso.Domain.Intake.TaskReports;

/// <summary>TickTick's backup CSV.</summary>
internal sealed class TickTickSource()
    : TaskReportSource(
        "ticktick",
        "TickTick backup CSV (a preamble, then Folder Name, List Name, Title, Status, Completed Time, taskId, "
            + "parentId)."
    )
{
    private protected override string PercentField => "Status";

    internal override bool Recognises(IntakeHeader header) => header.Has("taskId", "Title", "Status", "List Name");

    private protected override RowReader<TaskReport> Bind(IntakeHeader header, List<string> missing)
    {
        int id_ = header.Find("taskId");
        int list = header.Find("List Name");
        int folder = header.Find("Folder Name");
        int title = header.Find("Title");
        int status = header.Find("Status");
        int completed = header.Find("Completed Time");
        int parent = header.Find("parentId");
        return new DelegateReader<TaskReport>(
            (IntakeRow row, out string key) =>
            {
                ActivityId? id = row.Id<ActivityId>(id_, true, "taskId");
                string state = row.Value(status);
                if (state is not ("" or "0" or "1" or "2"))
                {
                    row.Fail(
                        IntakeErrorCodes.BadNumber,
                        status,
                        $"'{ErrorText.Quote(state)}' is not a TickTick status (0 normal, 1 completed, 2 archived)."
                    );
                }
                bool done = state is "1" or "2";
                string project = row.Value(list) is { Length: > 0 } l ? l : row.Value(folder);
                TaskReport? report = id is ActivityId a
                    ? new TaskReport(a)
                    {
                        Project =
                            project.Length > 0 ? row.Id<ProjectId>(project, list, "List Name") : row.Options.Project,
                        Name = row.Value(title) is { Length: > 0 } n ? n : null,
                        ActualFinish = done ? When(row, completed, DateOrder.Unspecified) : null,
                        PercentComplete = done ? 100m : null,
                        RemainingDuration = done ? Duration.Zero : null,
                        Parent = row.Id<ActivityId>(parent, false, "parentId"),
                    }
                    : null;
                return Finish(row, report, -1, completed, status, out key);
            }
        );
    }
}
