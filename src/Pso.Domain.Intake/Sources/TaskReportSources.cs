using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NodaTime;
using Pso.Domain.Errors;

namespace Pso.Domain.Intake;

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

/// <summary>
/// The sources of task-completion reports. Every one checks each row (a finish before its start, a percent outside
/// 0 to 100) and across rows: a later report of an activity with a lower percent complete than an earlier one is
/// rejected. Accepted reports are sorted by project, activity and reporting date.
/// </summary>
internal abstract class TaskReportSource(string name, string description) : IntakeSource<TaskReport>(name, IntakeKind.TaskReports, description)
{
    /// <summary>Checks what every source checks and makes the key.</summary>
    private protected static TaskReport? Finish(IntakeRow row, TaskReport? report, int startColumn, int finishColumn, int percentColumn, out string key)
    {
        key = "";
        if (report is null || row.Errors is not null)
        {
            return null;
        }
        if (report.ActualStart is LocalDateTime s && report.ActualFinish is LocalDateTime f && f < s)
        {
            row.Fail(IntakeErrorCodes.FinishBeforeStart, finishColumn, $"the finish {f:uuuu-MM-dd HH:mm} is before the start {s:uuuu-MM-dd HH:mm}.");
        }
        if (report.PercentComplete is decimal p && p is < 0 or > 100)
        {
            row.Fail(IntakeErrorCodes.OutOfRange, percentColumn, $"{p} percent: percent complete runs from 0 to 100.");
        }
        if (row.Options.StatusDate is LocalDate status && (report.ReportedOn > status || report.ActualStart?.Date > status || report.ActualFinish?.Date > status))
        {
            row.Fail(IntakeErrorCodes.AfterStatusDate, report.ActualFinish?.Date > status ? finishColumn : startColumn,
                $"the report speaks of a date after the status date {status:uuuu-MM-dd}.");
        }
        if (report.Project is ProjectId project && row.Options.Projects is { } projects && !projects.Contains(project))
        {
            row.Fail(IntakeErrorCodes.UnknownProject, -1, $"'{project}' is not a known project.", "project");
        }
        if (row.Errors is not null)
        {
            return null;
        }
        key = string.Create(CultureInfo.InvariantCulture,
            $"{report.Project}|{report.Activity}|{report.ReportedOn:uuuu-MM-dd}|{report.ActualStart:uuuu-MM-ddTHH:mm}|{report.ActualFinish:uuuu-MM-ddTHH:mm}|{report.PercentComplete}|{report.RemainingDuration?.TotalSeconds}");
        return report;
    }

    /// <summary>Reads an optional date and time.</summary>
    private protected static LocalDateTime? When(IntakeRow row, int column, DateOrder order) =>
        row.Value(column) is { Length: > 0 } text ? row.DateTime(column, text, order) : null;

    /// <summary>Turns hours read from a cell into a span of work or time; hours below zero or beyond any work
    /// (<see cref="Work.MaxValue"/>) fail the row.</summary>
    private protected static Work? HoursIn(IntakeRow row, int column, decimal? hours)
    {
        if (hours is not decimal h)
        {
            return null;
        }
        if (h < 0 || h > Work.MaxValue.Hours - 1m)
        {
            row.Fail(IntakeErrorCodes.OutOfRange, column, $"{h} hours is not within 0 and {Work.MaxValue.Hours:0} hours.");
            return null;
        }
        return Work.FromHours(h);
    }

    /// <summary>Reads a comma list of activity ids from some columns.</summary>
    private protected static ImmutableArray<ActivityId> Links(IntakeRow row, params int[] columns)
    {
        var links = ImmutableArray.CreateBuilder<ActivityId>();
        foreach (int column in columns)
        {
            foreach (string part in row.Value(column).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (row.Id<ActivityId>(part, column) is ActivityId id && !links.Contains(id))
                {
                    links.Add(id);
                }
            }
        }
        return links.ToImmutable();
    }

    private protected override void Check(List<Candidate<TaskReport>> candidates, IntakeRun run)
    {
        // Percent complete going backwards: a later report lower than the highest before it is rejected.
        foreach (IGrouping<(ProjectId?, ActivityId), Candidate<TaskReport>> task in candidates.Where(c => c.Record.PercentComplete is not null)
            .GroupBy(c => (c.Record.Project, c.Record.Activity)))
        {
            Candidate<TaskReport>? highest = null;
            foreach (Candidate<TaskReport> c in task.OrderBy(c => c.Record.ReportedOn ?? LocalDate.MinIsoValue))
            {
                if (highest is not null && c.Record.PercentComplete < highest.Record.PercentComplete)
                {
                    c.Flag(run.Error(c, IntakeErrorCodes.PercentBackwards, PercentField,
                        $"'{c.Record.Activity}' is {c.Record.PercentComplete}% complete, less than the {highest.Record.PercentComplete}% reported on line {highest.Line}."));
                }
                else
                {
                    highest = c;
                }
            }
        }
    }

    /// <summary>Gets the name of the percent column, for errors.</summary>
    private protected virtual string PercentField => "percent_complete";

    private protected override ImmutableArray<TaskReport> Collate(List<Candidate<TaskReport>> accepted) =>
        [.. accepted.Select(a => a.Record).OrderBy(r => r.Project?.Value ?? "", StringComparer.Ordinal)
            .ThenBy(r => r.Activity.Value, StringComparer.Ordinal).ThenBy(r => r.ReportedOn ?? LocalDate.MinIsoValue)];
}

/// <summary>Our own task-completion schema.</summary>
internal sealed class PsoTaskReportSource() : TaskReportSource("pso-task-reports", "Task-completion reports in Pso.Domain's own schema: activity; project, name, reported, actual_start, actual_finish, percent_complete, remaining_hours, actual_hours, assignee, parent, predecessors, successors optional.")
{
    internal override bool Recognises(IntakeHeader header) => header.Has("activity") && (header.Has("percent_complete") || header.Has("actual_start") || header.Has("actual_finish"));

    private protected override RowReader<TaskReport> Bind(IntakeHeader header, List<string> missing)
    {
        if (header.Find("activity") < 0)
        {
            missing.Add("activity");
        }
        int activity = header.Find("activity"), project = header.Find("project"), name = header.Find("name"), reported = header.Find("reported");
        int start = header.Find("actual_start"), finish = header.Find("actual_finish"), percent = header.Find("percent_complete");
        int remaining = header.Find("remaining_hours"), work = header.Find("actual_hours"), assignee = header.Find("assignee");
        int parent = header.Find("parent"), predecessors = header.Find("predecessors"), successors = header.Find("successors");
        return new DelegateReader<TaskReport>((IntakeRow row, out string key) =>
        {
            ActivityId? id = row.Id<ActivityId>(activity, true, "activity");
            decimal? left = row.Number(remaining, false, CultureInfo.InvariantCulture, "remaining_hours");
            decimal? done = row.Number(work, false, CultureInfo.InvariantCulture, "actual_hours");
            TaskReport? report = id is ActivityId a ? new TaskReport(a)
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
            } : null;
            if (left is decimal bad && bad is < 0 or >= 1_000_000)
            {
                row.Fail(IntakeErrorCodes.OutOfRange, remaining, $"{bad} hours remaining: it must be from 0 to 999,999.", "remaining_hours");
            }
            return Finish(row, report, start, finish, percent, out key);
        });
    }
}

/// <summary>Jira's CSV export (all fields or current fields).</summary>
internal sealed class JiraSource() : TaskReportSource("jira", "Jira issue export (Issue key, Summary, Status, Status Category, Created, Updated, Resolved, Time Spent, Remaining Estimate, issue links); repeated columns kept.")
{
    private protected override DateOrder Dates => DateOrder.DayMonthYear;

    private protected override string PercentField => "Status";

    internal override bool Recognises(IntakeHeader header) => header.Has("Issue key", "Summary");

    private protected override RowReader<TaskReport> Bind(IntakeHeader header, List<string> missing)
    {
        int key_ = header.Find("Issue key"), project = header.Find("Project key"), summary = header.Find("Summary");
        int status = header.Find("Status"), category = header.Find("Status Category"), updated = header.Find("Updated");
        int resolved = header.Find("Resolved"), start = header.Find("Custom field (Start date)"), spent = header.Find("Time Spent");
        int remaining = header.Find("Remaining Estimate"), assignee = header.Find("Assignee"), parent = header.Find("Parent key");
        int[] blockedBy = header.All("Inward issue link (Blocks)"), blocks = header.All("Outward issue link (Blocks)");
        return new DelegateReader<TaskReport>((IntakeRow row, out string key) =>
        {
            ActivityId? id = row.Id<ActivityId>(key_, true, "Issue key");
            string state = (row.Value(category) is { Length: > 0 } c ? c : row.Value(status)).ToUpperInvariant();
            bool done = state is "DONE" or "CLOSED" or "RESOLVED", started = done || state is "IN PROGRESS" or "IN REVIEW";
            Work? spentWork = HoursIn(row, spent, row.Number(spent, false, CultureInfo.InvariantCulture) / 3600m);
            Work? remainingWork = HoursIn(row, remaining, row.Number(remaining, false, CultureInfo.InvariantCulture) / 3600m);
            LocalDateTime? finished = done ? When(row, resolved, Dates) ?? When(row, updated, Dates) : null;
            decimal? percent = done ? 100m
                : spentWork is Work s && remainingWork is Work r && s.Hours + r.Hours > 0 ? Math.Round(100m * s.Hours / (s.Hours + r.Hours), 2)
                : started ? null : 0m;
            string projectKey = row.Value(project) is { Length: > 0 } p ? p : row.Value(key_) is { } k && k.LastIndexOf('-') is int dash and > 0 ? k[..dash] : "";
            TaskReport? report = id is ActivityId a ? new TaskReport(a)
            {
                Project = projectKey.Length > 0 ? row.Id<ProjectId>(projectKey, project, "Project key") : row.Options.Project,
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
            } : null;
            return Finish(row, report, start, resolved, status, out key);
        });
    }
}

/// <summary>TickTick's backup CSV.</summary>
internal sealed class TickTickSource() : TaskReportSource("ticktick", "TickTick backup CSV (a preamble, then Folder Name, List Name, Title, Status, Completed Time, taskId, parentId).")
{
    private protected override string PercentField => "Status";

    internal override bool Recognises(IntakeHeader header) => header.Has("taskId", "Title", "Status", "List Name");

    private protected override RowReader<TaskReport> Bind(IntakeHeader header, List<string> missing)
    {
        int id_ = header.Find("taskId"), list = header.Find("List Name"), folder = header.Find("Folder Name"), title = header.Find("Title");
        int status = header.Find("Status"), completed = header.Find("Completed Time"), parent = header.Find("parentId");
        return new DelegateReader<TaskReport>((IntakeRow row, out string key) =>
        {
            ActivityId? id = row.Id<ActivityId>(id_, true, "taskId");
            string state = row.Value(status);
            if (state is not ("" or "0" or "1" or "2"))
            {
                row.Fail(IntakeErrorCodes.BadNumber, status, $"'{ErrorText.Quote(state)}' is not a TickTick status (0 normal, 1 completed, 2 archived).");
            }
            bool done = state is "1" or "2";
            string project = row.Value(list) is { Length: > 0 } l ? l : row.Value(folder);
            TaskReport? report = id is ActivityId a ? new TaskReport(a)
            {
                Project = project.Length > 0 ? row.Id<ProjectId>(project, list, "List Name") : row.Options.Project,
                Name = row.Value(title) is { Length: > 0 } n ? n : null,
                ActualFinish = done ? When(row, completed, DateOrder.Unspecified) : null,
                PercentComplete = done ? 100m : null,
                RemainingDuration = done ? Duration.Zero : null,
                Parent = row.Id<ActivityId>(parent, false, "parentId"),
            } : null;
            return Finish(row, report, -1, completed, status, out key);
        });
    }
}

/// <summary>Asana's project CSV export.</summary>
internal sealed class AsanaSource() : TaskReportSource("asana", "Asana project export (Task ID, Name, Assignee, Assignee Email, Completed At, Projects, Parent task, Blocked By (Dependencies)); US dates in old exports.")
{
    private protected override DateOrder Dates => DateOrder.MonthDayYear;

    private protected override string PercentField => "Completed At";

    internal override bool Recognises(IntakeHeader header) => header.Has("Task ID", "Name", "Completed At");

    private protected override RowReader<TaskReport> Bind(IntakeHeader header, List<string> missing)
    {
        int id_ = header.Find("Task ID"), name = header.Find("Name"), completed = header.Find("Completed At"), projects = header.Find("Projects");
        int email = header.Find("Assignee Email"), assignee = header.Find("Assignee"), modified = header.Find("Last Modified");
        int blockedBy = header.Find("Blocked By (Dependencies)"), blocking = header.Find("Blocking (Dependencies)");
        return new DelegateReader<TaskReport>((IntakeRow row, out string key) =>
        {
            string raw = row.Value(id_);
            if (raw.Contains("E+", StringComparison.OrdinalIgnoreCase))
            {
                row.Fail(IntakeErrorCodes.BadId, id_, $"'{ErrorText.Quote(raw)}' is a task id a spreadsheet turned into a number; export the file again without opening it in a spreadsheet.");
            }
            ActivityId? id = row.Id<ActivityId>(id_, true, "Task ID");
            LocalDateTime? finished = When(row, completed, Dates);
            string project = row.Value(projects).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
            string who = row.Value(email) is { Length: > 0 } mail ? mail : row.Value(assignee);
            TaskReport? report = id is ActivityId a ? new TaskReport(a)
            {
                Project = project.Length > 0 ? row.Id<ProjectId>(project, projects, "Projects") : row.Options.Project,
                Name = row.Value(name) is { Length: > 0 } n ? n : null,
                ReportedOn = When(row, modified, Dates)?.Date,
                ActualFinish = finished,
                PercentComplete = finished is null ? null : 100m,
                Assignee = who.Length > 0 ? row.Id<ResourceId>(who, assignee, "Assignee") : null,
                Predecessors = Links(row, blockedBy),
                Successors = Links(row, blocking),
            } : null;
            return Finish(row, report, -1, completed, completed, out key);
        });
    }
}
