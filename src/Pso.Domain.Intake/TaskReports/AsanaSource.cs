using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Pso.Domain.Errors;
using Pso.Domain.Intake.Pipeline;

namespace Pso.Domain.Intake.TaskReports;

/// <summary>Asana's project CSV export.</summary>
internal sealed class AsanaSource()
    : TaskReportSource(
        "asana",
        "Asana project export (Task ID, Name, Assignee, Assignee Email, Completed At, Projects, Parent task, Blocked "
            + "By (Dependencies)); US dates in old exports."
    )
{
    private protected override DateOrder Dates => DateOrder.MonthDayYear;

    private protected override string PercentField => "Completed At";

    internal override bool Recognises(IntakeHeader header) => header.Has("Task ID", "Name", "Completed At");

    private protected override RowReader<TaskReport> Bind(IntakeHeader header, List<string> missing)
    {
        int id_ = header.Find("Task ID");
        int name = header.Find("Name");
        int completed = header.Find("Completed At");
        int projects = header.Find("Projects");
        int email = header.Find("Assignee Email");
        int assignee = header.Find("Assignee");
        int modified = header.Find("Last Modified");
        int blockedBy = header.Find("Blocked By (Dependencies)");
        int blocking = header.Find("Blocking (Dependencies)");
        return new DelegateReader<TaskReport>(
            (IntakeRow row, out string key) =>
            {
                string raw = row.Value(id_);
                if (raw.Contains("E+", StringComparison.OrdinalIgnoreCase))
                {
                    row.Fail(
                        IntakeErrorCodes.BadId,
                        id_,
                        $"'{ErrorText.Quote(raw)}' is a task id a spreadsheet turned into a number; export the file "
                            + "again without opening it in a spreadsheet."
                    );
                }
                ActivityId? id = row.Id<ActivityId>(id_, true, "Task ID");
                LocalDateTime? finished = When(row, completed, Dates);
                string project = row.Value(projects)
                    .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .FirstOrDefault()
                    ?? "";
                string who = row.Value(email) is { Length: > 0 } mail ? mail : row.Value(assignee);
                TaskReport? report = id is ActivityId a
                    ? new TaskReport(a)
                    {
                        Project =
                            project.Length > 0 ? row.Id<ProjectId>(project, projects, "Projects") : row.Options.Project,
                        Name = row.Value(name) is { Length: > 0 } n ? n : null,
                        ReportedOn = When(row, modified, Dates)?.Date,
                        ActualFinish = finished,
                        PercentComplete = finished is null ? null : 100m,
                        Assignee = who.Length > 0 ? row.Id<ResourceId>(who, assignee, "Assignee") : null,
                        Predecessors = Links(row, blockedBy),
                        Successors = Links(row, blocking),
                    }
                    : null;
                return Finish(row, report, -1, completed, completed, out key);
            }
        );
    }
}
