using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using Pso.Domain.Intake.Pipeline;

namespace Pso.Domain.Intake.TaskReports;

/// <summary>Jira's CSV export (all fields or current fields).</summary>
internal sealed class JiraSource()
    : TaskReportSource(
        "jira",
        "Jira issue export (Issue key, Summary, Status, Status Category, Created, Updated, Resolved, Time Spent, "
            + "Remaining Estimate, issue links); repeated columns kept."
    )
{
    private protected override DateOrder Dates => DateOrder.DayMonthYear;

    private protected override string PercentField => "Status";

    internal override bool Recognises(IntakeHeader header) => header.Has("Issue key", "Summary");

    private protected override RowReader<TaskReport> Bind(IntakeHeader header, List<string> missing)
    {
        int key_ = header.Find("Issue key");
        int project = header.Find("Project key");
        int summary = header.Find("Summary");
        int status = header.Find("Status");
        int category = header.Find("Status Category");
        int updated = header.Find("Updated");
        int resolved = header.Find("Resolved");
        int start = header.Find("Custom field (Start date)");
        int spent = header.Find("Time Spent");
        int remaining = header.Find("Remaining Estimate");
        int assignee = header.Find("Assignee");
        int parent = header.Find("Parent key");
        int[] blockedBy = header.All("Inward issue link (Blocks)");
        int[] blocks = header.All("Outward issue link (Blocks)");
        return new DelegateReader<TaskReport>(
            (IntakeRow row, out string key) =>
            {
                ActivityId? id = row.Id<ActivityId>(key_, true, "Issue key");
                string state = (row.Value(category) is { Length: > 0 } c ? c : row.Value(status)).ToUpperInvariant();
                bool done = state is "DONE" or "CLOSED" or "RESOLVED";
                bool started = done || state is "IN PROGRESS" or "IN REVIEW";
                Work? spentWork = HoursIn(row, spent, row.Number(spent, false, CultureInfo.InvariantCulture) / 3600m);
                Work? remainingWork = HoursIn(
                    row,
                    remaining,
                    row.Number(remaining, false, CultureInfo.InvariantCulture) / 3600m
                );
                LocalDateTime? finished = done ? When(row, resolved, Dates) ?? When(row, updated, Dates) : null;
                decimal? percent =
                    done ? 100m
                    : spentWork is Work s && remainingWork is Work r && s.Hours + r.Hours > 0
                        ? Math.Round(100m * s.Hours / (s.Hours + r.Hours), 2)
                    : started ? null
                    : 0m;
                string projectKey =
                    row.Value(project) is { Length: > 0 } p ? p
                    : row.Value(key_) is { } k && k.LastIndexOf('-') is int dash and > 0 ? k[..dash]
                    : "";
                TaskReport? report = id is ActivityId a
                    ? new TaskReport(a)
                    {
                        Project =
                            projectKey.Length > 0
                                ? row.Id<ProjectId>(projectKey, project, "Project key")
                                : row.Options.Project,
                        Name = row.Value(summary) is { Length: > 0 } n ? n : null,
                        ReportedOn = When(row, updated, Dates)?.Date,
                        ActualStart = When(row, start, Dates),
                        ActualFinish = finished,
                        PercentComplete = percent,
                        RemainingDuration = done ? Duration.Zero : remainingWork?.ToDuration(),
                        ActualWork = spentWork,
                        Assignee = row.Id<ResourceId>(assignee, false, "Assignee"),
                        Parent = row.Id<ActivityId>(parent, false, "Parent key"),
                        Predecessors = Links(row, blockedBy),
                        Successors = Links(row, blocks),
                    }
                    : null;
                return Finish(row, report, start, resolved, status, out key);
            }
        );
    }
}
