using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NodaTime;
using Pso.Domain.Intake.Pipeline;

namespace Pso.Domain.Intake.TaskReports;

/// <summary>
/// The sources of task-completion reports. Every one checks each row (a finish before its start, a percent outside
/// 0 to 100) and across rows: a later report of an activity with a lower percent complete than an earlier one is
/// rejected. Accepted reports are sorted by project, activity and reporting date.
/// </summary>
internal abstract class TaskReportSource(string name, string description)
    : IntakeSource<TaskReport>(name, IntakeKind.TaskReports, description)
{
    /// <summary>Checks what every source checks and makes the key.</summary>
    private protected static TaskReport? Finish(
        IntakeRow row,
        TaskReport? report,
        int startColumn,
        int finishColumn,
        int percentColumn,
        out string key
    )
    {
        key = "";
        if (report is null || row.Errors is not null)
        {
            return null;
        }
        if (report.ActualStart is LocalDateTime s && report.ActualFinish is LocalDateTime f && f < s)
        {
            row.Fail(
                IntakeErrorCodes.FinishBeforeStart,
                finishColumn,
                $"the finish {f:uuuu-MM-dd HH:mm} is before the start {s:uuuu-MM-dd HH:mm}."
            );
        }
        if (report.PercentComplete is decimal p && p is < 0 or > 100)
        {
            row.Fail(IntakeErrorCodes.OutOfRange, percentColumn, $"{p} percent: percent complete runs from 0 to 100.");
        }
        if (
            row.Options.StatusDate is LocalDate status
            && (report.ReportedOn > status || report.ActualStart?.Date > status || report.ActualFinish?.Date > status)
        )
        {
            row.Fail(
                IntakeErrorCodes.AfterStatusDate,
                report.ActualFinish?.Date > status ? finishColumn : startColumn,
                $"the report speaks of a date after the status date {status:uuuu-MM-dd}."
            );
        }
        if (report.Project is ProjectId project && row.Options.Projects is { } projects && !projects.Contains(project))
        {
            row.Fail(IntakeErrorCodes.UnknownProject, -1, $"'{project}' is not a known project.", "project");
        }
        if (row.Errors is not null)
        {
            return null;
        }
        key =
            string.Create(
                CultureInfo.InvariantCulture,
                $"{report.Project}|{report.Activity}|{report.ReportedOn:uuuu-MM-dd}|"
            )
            + string.Create(CultureInfo.InvariantCulture, $"{report.ActualStart:uuuu-MM-ddTHH:mm}")
            + string.Create(
                CultureInfo.InvariantCulture,
                $"|{report.ActualFinish:uuuu-MM-ddTHH:mm}|{report.PercentComplete}|"
            )
            + string.Create(CultureInfo.InvariantCulture, $"{report.RemainingDuration?.TotalSeconds}");
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
            row.Fail(
                IntakeErrorCodes.OutOfRange,
                column,
                $"{h} hours is not within 0 and {Work.MaxValue.Hours:0} hours."
            );
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
            foreach (
                string part in row.Value(column)
                    .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            )
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
        foreach (
            IGrouping<(ProjectId?, ActivityId), Candidate<TaskReport>> task in candidates
                .Where(c => c.Record.PercentComplete is not null)
                .GroupBy(c => (c.Record.Project, c.Record.Activity))
        )
        {
            Candidate<TaskReport>? highest = null;
            foreach (Candidate<TaskReport> c in task.OrderBy(c => c.Record.ReportedOn ?? LocalDate.MinIsoValue))
            {
                if (highest is not null && c.Record.PercentComplete < highest.Record.PercentComplete)
                {
                    c.Flag(
                        run.Error(
                            c,
                            IntakeErrorCodes.PercentBackwards,
                            PercentField,
                            $"'{c.Record.Activity}' is {c.Record.PercentComplete}% complete, less than the "
                                + $"{highest.Record.PercentComplete}% reported on line {highest.Line}."
                        )
                    );
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
        [
            .. accepted
                .Select(a => a.Record)
                .OrderBy(r => r.Project?.Value ?? "", StringComparer.Ordinal)
                .ThenBy(r => r.Activity.Value, StringComparer.Ordinal)
                .ThenBy(r => r.ReportedOn ?? LocalDate.MinIsoValue),
        ];
}
