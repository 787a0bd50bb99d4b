using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Pso.Domain.Errors;
using Pso.Domain.Intake.Pipeline;

namespace Pso.Domain.Intake.TimeEntries;

/// <summary>The work logs in Jira's issue export: each <c>Log Work</c> cell (<c>comment;started;author;seconds</c>,
/// the column repeated once per log) is one time entry of its author on its issue, with its clock time from the start
/// and the seconds. Here a data row is a work log, not an issue: an issue without work logs is set aside with the rows
/// that hold no data. Chosen by name (<c>jira-worklog</c>); detection reads a Jira export as task reports.</summary>
internal sealed class JiraWorkLogSource()
    : TimeEntrySource(
        "jira-worklog",
        "The work logs of a Jira issue export (the repeated Log Work columns: comment;started;author;seconds), one "
            + "time entry each, on the issue as activity."
    )
{
    private static readonly string[] Columns_ = ["Issue key", "Project key", "Comment", "Started", "Author", "Seconds"];

    /// <summary>Jira's "Started" is when a log was entered, not when the work began: logs of one author entered a
    /// minute apart would overlap, so an overlap is a warning here.</summary>
    private protected override IReadOnlyDictionary<string, ValidationSeverity> OwnSeverities { get; } =
        ImmutableDictionary<string, ValidationSeverity>.Empty.Add(IntakeErrorCodes.Overlap, ValidationSeverity.Warning);

    private protected override DateOrder Dates => DateOrder.DayMonthYear;

    internal override bool Recognises(IntakeHeader header) =>
        header.Has("Issue key", "Log Work") || header.Has("Issue key", "Started", "Author", "Seconds");

    internal override string HoursField(IntakeRun run) => "Seconds";

    internal override string StartField(IntakeRun run) => "Started";

    internal override (IntakeHeader Header, IRowFeed Feed) Expand(
        IntakeHeader header,
        IRowFeed feed,
        string file,
        IntakeOptions options
    ) =>
        header.Find("Log Work") < 0
            ? (header, feed)
            : (new IntakeHeader(Columns_), new WorkLogFeed(feed, new IntakeRow(file, options, header), header));

    private protected override ReadDraft BindDrafts(IntakeHeader header, List<string> missing)
    {
        header.Require(missing, "Issue key", "Started", "Author", "Seconds");
        var c = new Columns(
            header.Find("Author"),
            header.Find("Project key"),
            header.Find("Started"),
            header.Find("Seconds")
        )
        {
            Activity = header.Find("Issue key"),
        };
        return (IntakeRow row, out TimeEntryDraft draft, out string key) =>
        {
            key = "";
            string started = row.Need(c.Date, "Started");
            LocalDateTime? from = started.Length > 0 ? row.DateTime(c.Date, started, Dates, "Started") : null;
            decimal? seconds = row.Number(c.Hours, true, CultureInfo.InvariantCulture, "Seconds");
            if (seconds is decimal big && Math.Abs(big) >= 1e9m)
            {
                row.Fail(IntakeErrorCodes.OutOfRange, c.Hours, $"{big} seconds is beyond any work log.");
                seconds = null;
            }
            if (from is LocalDateTime f && seconds is decimal s && s > 0)
            {
                row.Span = (f, f.PlusSeconds((long)s));
            }
            string issue = row.Value(c.Activity);
            if (row.Value(c.Project).Length == 0 && issue.LastIndexOf('-') is int dash and > 0)
            {
                // The project is the issue key's prefix when the export has no project column.
                ProjectId? prefix = row.Id<ProjectId>(issue[..dash], c.Activity, "Issue key");
                return Make(
                    row,
                    c with
                    {
                        Project = -1,
                    },
                    row.Value(c.Person),
                    from?.Date,
                    seconds is decimal p ? IntakeValues.Seconds(p) : null,
                    out draft,
                    out key,
                    prefix
                );
            }
            return Make(
                row,
                c,
                row.Value(c.Person),
                from?.Date,
                seconds is decimal q ? IntakeValues.Seconds(q) : null,
                out draft,
                out key
            );
        };
    }

    /// <summary>Turns each issue row into one row per work log; an issue without work logs becomes an empty row, which
    /// the run sets aside with the rows that hold no data.</summary>
    private sealed class WorkLogFeed(IRowFeed issues, IntakeRow issue, IntakeHeader header) : IRowFeed, IDisposable
    {
        private readonly int _key = header.Find("Issue key");
        private readonly int _project = header.Find("Project key");
        private readonly int[] _logs = header.All("Log Work");
        private readonly Queue<(int Line, string Text, string[] Cells)> _pending = new();

        public bool Next(IntakeRow row)
        {
            if (_pending.Count == 0)
            {
                if (!issues.Next(issue))
                {
                    return false;
                }
                foreach (int column in _logs)
                {
                    string log = issue.Cell(column).ToString();
                    if (log.Length == 0)
                    {
                        continue;
                    }
                    // comment;started;author;seconds: the comment may hold semicolons, so the fields are taken from the
                    // right.
                    string[] parts = log.Split(';');
                    string Part(int fromRight) => parts.Length >= fromRight ? parts[^fromRight] : "";
                    string comment = parts.Length > 3 ? string.Join(';', parts[..^3]) : "";
                    _pending.Enqueue(
                        (
                            issue.Line,
                            log,
                            [
                                issue.Cell(_key).ToString(),
                                issue.Cell(_project).ToString(),
                                comment,
                                Part(3),
                                Part(2),
                                Part(1),
                            ]
                        )
                    );
                }
                if (_pending.Count == 0)
                {
                    row.Begin(issue.Line, issue.TextSpan);
                    return true;
                }
            }
            (int line, string text, string[] cells) = _pending.Dequeue();
            row.Begin(line, text);
            foreach (string cell in cells)
            {
                row.Add(cell);
            }
            return true;
        }

        public void Dispose() => (issues as IDisposable)?.Dispose();
    }
}
