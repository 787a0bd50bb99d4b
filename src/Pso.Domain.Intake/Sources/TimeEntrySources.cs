using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using NodaTime;
using Pso.Domain.Calendars;
using Pso.Domain.Costs;
using Pso.Domain.Errors;

namespace Pso.Domain.Intake;

/// <summary>Reads a row with a delegate.</summary>
internal sealed class DelegateReader<T>(DelegateReader<T>.ReadRow read) : RowReader<T> where T : class
{
    internal delegate T? ReadRow(IntakeRow row, out string key);

    internal override T? Read(IntakeRow row, out string key) => read(row, out key);
}

/// <summary>Reads a row of time entries into a draft.</summary>
/// <param name="row">The row.</param>
/// <param name="draft">The entry as read, when the row makes one.</param>
/// <param name="key">The row's stable key (or <see cref="IntakeRow.OwnIdentity"/>).</param>
/// <returns>Whether the row makes an entry (its errors say why not).</returns>
internal delegate bool ReadDraft(IntakeRow row, out TimeEntryDraft draft, out string key);

/// <summary>A time entry as read from the current row, before it is made: what the rules and the spill file need,
/// without an object for the entry or a string for its id (which stays in its cell).</summary>
internal struct TimeEntryDraft
{
    internal ResourceId Resource;
    internal ProjectId Project;
    internal LocalDate Date;
    internal Work Hours;
    internal ActivityId? Activity;
    internal RoleId? Role;
    internal CostAccountId? Account;
    internal bool Overtime;
    internal int IdColumn;
    // The symbols of the ids in the row's table of values (Interner.Empty where there is no id, Interner.Full where
    // the table had no room), so that the rules and the spill number them without looking them up again.
    internal int PersonSymbol;
    internal int ProjectSymbol;
    internal int ActivitySymbol;
    internal int RoleSymbol;
    internal int AccountSymbol;

    /// <summary>Makes the entry, its id taken from the row it was read from (still the current one).</summary>
    internal readonly TimeEntry Make(IntakeRow row) =>
        new(Resource, Project, Date, Hours)
        {
            Id = row.Cell(IdColumn) is { IsEmpty: false } id ? id.ToString() : null,
            Activity = Activity,
            Role = Role,
            Overtime = Overtime,
            Account = Account,
        };
}

/// <summary>Reads a row into a time entry through a draft.</summary>
internal sealed class DraftRowReader(ReadDraft read) : RowReader<TimeEntry>
{
    internal override TimeEntry? Read(IntakeRow row, out string key) => read(row, out TimeEntryDraft draft, out key) ? draft.Make(row) : null;
}

/// <summary>
/// The sources of time entries. Every one checks across rows: one person's entries of one day adding up to more than
/// 24 hours are all rejected; entries of one person whose clock times overlap are both rejected; an entry outside its
/// person's calendar (<see cref="IntakeOptions.Calendars"/>) is accepted with a warning. Accepted entries are sorted by
/// project, activity, person and date.
/// </summary>
internal abstract class TimeEntrySource(string name, string description) : IntakeSource<TimeEntry>(name, IntakeKind.TimeEntries, description)
{
    /// <summary>The columns a time entry is read from; -1 where the source has none.</summary>
    private protected sealed record Columns(int Person, int Project, int Date, int Hours)
    {
        internal int Id { get; init; } = -1;
        internal int Activity { get; init; } = -1;
        internal int Role { get; init; } = -1;
        internal int Overtime { get; init; } = -1;
        internal int Account { get; init; } = -1;
        internal int Start { get; init; } = -1;
        internal int End { get; init; } = -1;
        internal int EndDate { get; init; } = -1;
    }

    /// <summary>Binds the source's reader of drafts to a header, adding to <paramref name="missing"/> each required
    /// column it lacks.</summary>
    private protected abstract ReadDraft BindDrafts(IntakeHeader header, List<string> missing);

    /// <summary>Gets the reader of drafts for a header (streaming reads drafts; a run in memory makes the entries).</summary>
    internal ReadDraft DraftsFor(IntakeHeader header, List<string> missing) => BindDrafts(header, missing);

    private protected sealed override RowReader<TimeEntry> Bind(IntakeHeader header, List<string> missing) => new DraftRowReader(BindDrafts(header, missing));

    /// <summary>Reads an entry into a draft once person, project, date and hours are read, checking what every source
    /// checks; false when the row makes no entry (its errors say why).</summary>
    private protected static bool Make(IntakeRow row, Columns c, string? person, LocalDate? date, Work? hours, out TimeEntryDraft draft, out string key, ProjectId? project = null)
    {
        key = "";
        draft = default;
        IntakeOptions options = row.Options;
        if (hours is Work h)
        {
            row.Measure(h);
            if (h <= Work.Zero)
            {
                row.Fail(IntakeErrorCodes.NonPositiveHours, c.Hours, $"{HoursText(h)} hours: hours must be more than zero.");
            }
        }
        ResourceId? resource = person is { Length: > 0 } ? row.Id<ResourceId>(person, c.Person) : null;
        if (person is not { Length: > 0 })
        {
            row.Fail(IntakeErrorCodes.MissingField, c.Person, "no person is named.");
        }
        project ??= row.Value(c.Project) is { Length: > 0 } p ? row.Id<ProjectId>(p, c.Project) : options.Project;
        if (project is null && row.Value(c.Project).Length == 0)
        {
            row.Fail(IntakeErrorCodes.MissingField, c.Project, "no project is named (IntakeOptions.Project gives one to rows without).");
        }
        ActivityId? activity = row.Id<ActivityId>(c.Activity, false, "activity");
        RoleId? role = row.Id<RoleId>(c.Role, false, "role");
        CostAccountId? account = row.Id<CostAccountId>(c.Account, false, "account");
        bool overtime = c.Overtime >= 0 && row.Flag(c.Overtime, "overtime");
        if (resource is ResourceId r && options.Resources is { } people && !people.Contains(r))
        {
            row.Fail(IntakeErrorCodes.UnknownResource, c.Person, $"'{r}' is not a known person.");
        }
        if (project is ProjectId known && options.Projects is { } projects && !projects.Contains(known))
        {
            row.Fail(IntakeErrorCodes.UnknownProject, c.Project, $"'{known}' is not a known project.");
        }
        if (date is LocalDate d && options.StatusDate is LocalDate status && d > status)
        {
            row.Fail(IntakeErrorCodes.AfterStatusDate, c.Date, $"{d:uuuu-MM-dd} is after the status date {status:uuuu-MM-dd}.");
        }
        if (row.Errors is not null || resource is null || project is null || date is null || hours is null)
        {
            return false;
        }
        if (resource is ResourceId who && options.Calendars?.GetValueOrDefault(who) is WorkCalendar calendar)
        {
            if (!calendar.IsWorkingDay(date.Value))
            {
                row.Warn(IntakeErrorCodes.OutsideCalendar, c.Date, $"{date:uuuu-MM-dd} is not a working day in {who}'s calendar.", "date");
            }
            else if (row.Span is { } span && span.To > span.From && Seconds(span) <= 86_400 && calendar.WorkingTimeBetween(span.From, span.To) < Duration.FromSeconds(Seconds(span)))
            {
                row.Warn(IntakeErrorCodes.OutsideCalendar, c.Start, $"{span.From:HH:mm}–{span.To:HH:mm} is partly outside {who}'s working time.", "start");
            }
        }
        ReadOnlySpan<char> id = row.Cell(c.Id);
        key = !id.IsEmpty ? row.IdentifyById(id)
            : string.Create(CultureInfo.InvariantCulture, $"{resource}|{project}|{activity}|{date:uuuu-MM-dd}|{row.Span?.From:HH:mm:ss}|{HoursText(hours.Value)}|{overtime}");
        draft = new TimeEntryDraft
        {
            Resource = resource.Value,
            Project = project.Value,
            Date = date.Value,
            Hours = hours.Value,
            Activity = activity,
            Role = role,
            Account = account,
            Overtime = overtime,
            IdColumn = c.Id,
            PersonSymbol = row.SymbolAt(c.Person, resource.Value.Value),
            ProjectSymbol = row.SymbolAt(c.Project, project.Value.Value),
            ActivitySymbol = activity is ActivityId task ? row.SymbolAt(c.Activity, task.Value) : Interner.Empty,
            RoleSymbol = role is RoleId worked ? row.SymbolAt(c.Role, worked.Value) : Interner.Empty,
            AccountSymbol = account is CostAccountId charged ? row.SymbolAt(c.Account, charged.Value) : Interner.Empty,
        };
        return true;
    }

    /// <summary>Gets the seconds between the ends of a span.</summary>
    /// <summary>Gets work as the hours in a key: its text form without the <c>h</c>.</summary>
    private static string HoursText(Work work) => work.ToString()[..^1];

    /// <summary>Turns hours read from a cell into work, to the tick; hours beyond any work (<see cref="Work.MaxValue"/>)
    /// fail the row.</summary>
    private protected static Work? WorkOf(IntakeRow row, int column, decimal? hours)
    {
        if (hours is not decimal h)
        {
            return null;
        }
        if (Math.Abs(h) > Work.MaxValue.Hours - 1m)
        {
            row.Fail(IntakeErrorCodes.OutOfRange, column, $"{h} hours is beyond any time entry.");
            return null;
        }
        return Work.FromHours(h);
    }

    private protected static long Seconds((LocalDateTime From, LocalDateTime To) span) => Period.Between(span.From, span.To, PeriodUnits.Seconds).Seconds;

    /// <summary>Gets the person of a row of a tracker that gives both an e-mail address and a name: the address when
    /// there is one (it is unique), otherwise the name.</summary>
    private protected static string PersonOf(IntakeRow row, int email, int user) => row.Value(email) is { Length: > 0 } mail ? mail : row.Value(user);

    /// <summary>Reads the clock span from a start time and an end time (on an end date, or the same date, or the next
    /// when the end is earlier), when the source has them.</summary>
    private protected static void ReadSpan(IntakeRow row, Columns c, LocalDate? date, DateOrder order)
    {
        if (date is not LocalDate day || c.Start < 0 || c.End < 0)
        {
            return;
        }
        if (IntakeValues.TryTime(row.Cell(c.Start), out LocalTime from) != IntakeValues.Outcome.Read)
        {
            if (!row.Cell(c.Start).IsEmpty)
            {
                row.Fail(IntakeErrorCodes.BadDate, c.Start, $"'{ErrorText.Quote(row.Cell(c.Start))}' is not a time of day.");
            }
            return;
        }
        if (IntakeValues.TryTime(row.Cell(c.End), out LocalTime to) != IntakeValues.Outcome.Read)
        {
            if (!row.Cell(c.End).IsEmpty)
            {
                row.Fail(IntakeErrorCodes.BadDate, c.End, $"'{ErrorText.Quote(row.Cell(c.End))}' is not a time of day.");
            }
            return;
        }
        LocalDate endDay = c.EndDate >= 0 && row.Value(c.EndDate) is { Length: > 0 } e && row.DateTime(c.EndDate, e, order)?.Date is LocalDate end ? end
            : to < from ? day.PlusDays(1) : day;
        LocalDateTime start = day + from, finish = endDay + to;
        if (finish < start)
        {
            row.Fail(IntakeErrorCodes.FinishBeforeStart, c.End, $"the entry ends ({finish:uuuu-MM-dd HH:mm}) before it starts ({start:uuuu-MM-dd HH:mm}).");
            return;
        }
        row.Span = (start, finish);
    }

    private protected override void Check(List<Candidate<TimeEntry>> candidates, IntakeRun run)
    {
        using var rules = new TimeEntryRules();
        var days = new long[candidates.Count];
        for (int i = 0; i < candidates.Count; i++)
        {
            days[i] = rules.Add(candidates[i].Record, candidates[i].Span, candidates[i].Line, i);
        }
        Dictionary<long, List<ValidationError>> overlaps = rules.Judge(run, this);
        for (int i = 0; i < candidates.Count; i++)
        {
            Candidate<TimeEntry> c = candidates[i];
            if (rules.DayError(run, this, c.Record, days[i], c.Line) is ValidationError error)
            {
                c.Flag(error);
            }
            foreach (ValidationError overlap in overlaps.GetValueOrDefault(i) ?? [])
            {
                c.Flag(overlap);
            }
        }
    }

    private protected override Reconciliation Stream(IntakeRun run, IIntakeSink<TimeEntry> sink) => run.StreamTimeEntries(this, sink);

    /// <summary>Gets the name of the hours column, for errors.</summary>
    internal virtual string HoursField(IntakeRun run) => "hours";

    /// <summary>Gets the name of the start column, for errors.</summary>
    internal virtual string StartField(IntakeRun run) => "start";

    /// <summary>Sorts by project, activity (none first), person and date, ties in file order: each id is ranked once by
    /// ordinal order, then one composite key per entry is sorted.</summary>
    private protected override ImmutableArray<TimeEntry> Collate(List<Candidate<TimeEntry>> accepted)
    {
        // Each distinct id is ranked once by ordinal order (the strings repeat, so the dictionaries stay small).
        var projects = new Dictionary<string, int>(StringComparer.Ordinal);
        var activities = new Dictionary<string, int>(StringComparer.Ordinal) { [""] = 0 };
        var people = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Candidate<TimeEntry> a in accepted)
        {
            projects.TryAdd(a.Record.Project.Value, 0);
            activities.TryAdd(a.Record.Activity?.Value ?? "", 0);
            people.TryAdd(a.Record.Resource.Value, 0);
        }
        static void Rank(Dictionary<string, int> names)
        {
            string[] sorted = [.. names.Keys];
            Array.Sort(sorted, StringComparer.Ordinal);
            for (int i = 0; i < sorted.Length; i++)
            {
                names[sorted[i]] = i;
            }
        }
        Rank(projects);
        Rank(activities);
        Rank(people);
        // One composite key per entry: project, activity, person (16 bits each at most 65,535 distinct) and the day,
        // with the file order breaking ties; more distinct ids than that fall back to a tuple sort.
        var order = new int[accepted.Count];
        if (projects.Count < 65_536 && activities.Count < 65_536 && people.Count < 65_536)
        {
            var keys = new UInt128[accepted.Count];
            for (int i = 0; i < accepted.Count; i++)
            {
                TimeEntry e = accepted[i].Record;
                ulong high = ((ulong)projects[e.Project.Value] << 48) | ((ulong)activities[e.Activity?.Value ?? ""] << 32)
                    | ((ulong)people[e.Resource.Value] << 16);
                keys[i] = new UInt128(high, ((ulong)(uint)e.Date.ToDateOnly().DayNumber << 32) | (uint)i);
                order[i] = i;
            }
            Array.Sort(keys, order);
        }
        else
        {
            var keys = new (int, int, int, int, int)[accepted.Count];
            for (int i = 0; i < accepted.Count; i++)
            {
                TimeEntry e = accepted[i].Record;
                keys[i] = (projects[e.Project.Value], activities[e.Activity?.Value ?? ""], people[e.Resource.Value], e.Date.ToDateOnly().DayNumber, i);
                order[i] = i;
            }
            Array.Sort(keys, order);
        }
        var sorted = new TimeEntry[accepted.Count];
        for (int i = 0; i < order.Length; i++)
        {
            sorted[i] = accepted[order[i]].Record;
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(sorted);
    }
}

/// <summary>Our own time-entry schema (<c>docs/intake.md</c>).</summary>
internal sealed class PsoTimeEntrySource() : TimeEntrySource("pso-time-entries", "Time entries in Pso.Domain's own schema: person, project, date, hours; id, activity, role, overtime, account, start, end optional.")
{
    internal override bool Recognises(IntakeHeader header) => header.Has("person", "project", "date", "hours");

    private protected override ReadDraft BindDrafts(IntakeHeader header, List<string> missing)
    {
        header.Require(missing, "person", "project", "date", "hours");
        var c = new Columns(header.Find("person"), header.Find("project"), header.Find("date"), header.Find("hours"))
        {
            Id = header.Find("id"),
            Activity = header.Find("activity"),
            Role = header.Find("role"),
            Overtime = header.Find("overtime"),
            Account = header.Find("account"),
            Start = header.Find("start"),
            End = header.Find("end"),
        };
        return (IntakeRow row, out TimeEntryDraft draft, out string key) =>
        {
            string person = row.Value(c.Person);
            LocalDate? date = row.Date(c.Date, true, DateOrder.Unspecified, "date");
            Work? hours = WorkOf(row, c.Hours, row.Number(c.Hours, true, SourceCulture, "hours"));
            ReadSpan(row, c, date, DateOrder.Unspecified);
            return Make(row, c, person, date, hours, out draft, out key);
        };
    }
}

/// <summary>Toggl Track's detailed report.</summary>
internal sealed class TogglSource() : TimeEntrySource("toggl", "Toggl Track detailed time-entry report (User, Email, Project, Task, Start date/time, End date/time, Duration).")
{
    internal override bool Recognises(IntakeHeader header) => header.Has("User", "Project", "Start date", "Start time", "Duration");

    internal override string HoursField(IntakeRun run) => "Duration";

    internal override string StartField(IntakeRun run) => "Start time";

    private protected override ReadDraft BindDrafts(IntakeHeader header, List<string> missing)
    {
        header.Require(missing, "User", "Project", "Start date", "Duration");
        int email = header.Find("Email"), user = header.Find("User");
        var c = new Columns(email >= 0 ? email : user, header.Find("Project"), header.Find("Start date"), header.Find("Duration"))
        {
            Activity = header.Find("Task"),
            Start = header.Find("Start time"),
            End = header.Find("End time"),
            EndDate = header.Find("End date"),
        };
        return (IntakeRow row, out TimeEntryDraft draft, out string key) =>
        {
            string person = PersonOf(row, email, user);
            LocalDate? date = row.Date(c.Date, true, DateOrder.Unspecified, "Start date");
            Work? hours = Clock(row, c.Hours);
            ReadSpan(row, c, date, DateOrder.Unspecified);
            return Make(row, c, person, date, hours, out draft, out key);
        };
    }

    internal static Work? Clock(IntakeRow row, int column)
    {
        ReadOnlySpan<char> cell = row.Cell(column);
        if (cell.IsEmpty)
        {
            row.Fail(IntakeErrorCodes.MissingField, column, "it is empty.");
            return null;
        }
        if (IntakeValues.TryClockHours(cell, out Work hours, out bool outOfRange))
        {
            return hours;
        }
        if (outOfRange)
        {
            row.Fail(IntakeErrorCodes.OutOfRange, column, $"'{ErrorText.Quote(cell)}' is more hours than any time entry has.");
            return null;
        }
        row.Fail(IntakeErrorCodes.BadNumber, column, $"'{ErrorText.Quote(cell)}' is not a duration in the form HH:MM:SS.");
        return null;
    }
}

/// <summary>Clockify's detailed report.</summary>
internal sealed class ClockifySource() : TimeEntrySource("clockify", "Clockify detailed time report (Project, User, Email, Task or Activity, Start/End Date and Time, Duration (h), Duration (decimal)); US dates unless IntakeOptions.DateOrder says otherwise.")
{
    private protected override CultureInfo? Culture => null;

    private protected override DateOrder Dates => DateOrder.MonthDayYear;

    internal override bool Recognises(IntakeHeader header) =>
        header.Has("Project", "User", "Start Date", "Start Time", "End Date", "End Time") && header.Find("Duration") < 0;

    internal override string HoursField(IntakeRun run) => run.Header.Find("Duration (h)") >= 0 ? "Duration (h)" : "Duration (decimal)";

    internal override string StartField(IntakeRun run) => "Start Time";

    private protected override ReadDraft BindDrafts(IntakeHeader header, List<string> missing)
    {
        header.Require(missing, "User", "Project", "Start Date");
        int email = header.Find("Email"), user = header.Find("User"), clock = header.Find("Duration (h)"), hoursColumn = header.Find("Duration (decimal)");
        var c = new Columns(email >= 0 ? email : user, header.Find("Project"), header.Find("Start Date"), clock >= 0 ? clock : hoursColumn)
        {
            Activity = header.Find("Task", "Activity"),
            Start = header.Find("Start Time"),
            End = header.Find("End Time"),
            EndDate = header.Find("End Date"),
        };
        return (IntakeRow row, out TimeEntryDraft draft, out string key) =>
        {
            string person = PersonOf(row, email, user);
            LocalDate? date = row.Date(c.Date, true, Dates, "Start Date");
            ReadSpan(row, c, date, Dates);
            Work? hours = null;
            if (!row.Cell(clock).IsEmpty)
            {
                hours = TogglSource.Clock(row, clock);
            }
            else if (!row.Cell(hoursColumn).IsEmpty)
            {
                hours = WorkOf(row, hoursColumn, row.Number(hoursColumn, true, null));
            }
            else if (row.Span is { } span)
            {
                hours = IntakeValues.Seconds(Seconds(span));
            }
            else
            {
                row.Fail(IntakeErrorCodes.MissingField, c.Hours, "the row gives no duration and no start and end times.", "Duration (h)");
            }
            return Make(row, c, person, date, hours, out draft, out key);
        };
    }
}

/// <summary>Harvest's detailed time report.</summary>
internal sealed class HarvestSource() : TimeEntrySource("harvest", "Harvest detailed time report (Date, Project, Task, Hours, First Name, Last Name, Roles); numbers in the account's locale, detected.")
{
    private protected override CultureInfo? Culture => null;

    internal override bool Recognises(IntakeHeader header) => header.Has("Date", "Project", "Hours", "First Name", "Last Name");

    internal override string HoursField(IntakeRun run) => "Hours";

    private protected override ReadDraft BindDrafts(IntakeHeader header, List<string> missing)
    {
        int first = header.Find("First Name"), last = header.Find("Last Name");
        var c = new Columns(first, header.Find("Project"), header.Find("Date"), header.Find("Hours")) { Activity = header.Find("Task") };
        return (IntakeRow row, out TimeEntryDraft draft, out string key) =>
        {
            string person = $"{row.Value(first)} {row.Value(last)}".Trim();
            LocalDate? date = row.Date(c.Date, true, DateOrder.Unspecified, "Date");
            Work? hours = WorkOf(row, c.Hours, row.Number(c.Hours, true, null, "Hours"));
            return Make(row, c, person, date, hours, out draft, out key);
        };
    }
}

/// <summary>Kimai's timesheet export.</summary>
internal sealed class KimaiSource() : TimeEntrySource("kimai", "Kimai timesheet export (Date, From, To, Duration in seconds, User, Email, Project, Activity), semicolon separated.")
{
    internal override bool Recognises(IntakeHeader header) => header.Has("Date", "From", "To", "Duration", "User", "Project", "Activity");

    internal override string HoursField(IntakeRun run) => "Duration";

    internal override string StartField(IntakeRun run) => "From";

    private protected override ReadDraft BindDrafts(IntakeHeader header, List<string> missing)
    {
        int email = header.Find("Email"), user = header.Find("User");
        var c = new Columns(email >= 0 ? email : user, header.Find("Project"), header.Find("Date"), header.Find("Duration"))
        {
            Activity = header.Find("Activity"),
            Start = header.Find("From"),
            End = header.Find("To"),
        };
        return (IntakeRow row, out TimeEntryDraft draft, out string key) =>
        {
            string person = PersonOf(row, email, user);
            LocalDate? date = row.Date(c.Date, true, DateOrder.Unspecified, "Date");
            decimal? seconds = row.Number(c.Hours, true, CultureInfo.InvariantCulture, "Duration");
            ReadSpan(row, c, date, DateOrder.Unspecified);
            if (seconds is decimal big && Math.Abs(big) >= 1e12m)
            {
                row.Fail(IntakeErrorCodes.OutOfRange, c.Hours, $"{big} seconds is beyond any time entry.");
                seconds = null;
            }
            return Make(row, c, person, date, seconds is decimal s ? IntakeValues.Seconds(s) : null, out draft, out key);
        };
    }
}

/// <summary>
/// The work logs in Jira's issue export: each <c>Log Work</c> cell (<c>comment;started;author;seconds</c>, the column
/// repeated once per log) is one time entry of its author on its issue, with its clock time from the start and the
/// seconds. Here a data row is a work log, not an issue: an issue without work logs is set aside with the rows that hold
/// no data. Chosen by name (<c>jira-worklog</c>); detection reads a Jira export as task reports.
/// </summary>
internal sealed class JiraWorkLogSource() : TimeEntrySource("jira-worklog", "The work logs of a Jira issue export (the repeated Log Work columns: comment;started;author;seconds), one time entry each, on the issue as activity.")
{
    private static readonly string[] Columns_ = ["Issue key", "Project key", "Comment", "Started", "Author", "Seconds"];

    /// <summary>Jira's "Started" is when a log was entered, not when the work began: logs of one author entered a
    /// minute apart would overlap, so an overlap is a warning here.</summary>
    private protected override IReadOnlyDictionary<string, ValidationSeverity> OwnSeverities { get; } =
        ImmutableDictionary<string, ValidationSeverity>.Empty.Add(IntakeErrorCodes.Overlap, ValidationSeverity.Warning);

    private protected override DateOrder Dates => DateOrder.DayMonthYear;

    internal override bool Recognises(IntakeHeader header) => header.Has("Issue key", "Log Work") || header.Has("Issue key", "Started", "Author", "Seconds");

    internal override string HoursField(IntakeRun run) => "Seconds";

    internal override string StartField(IntakeRun run) => "Started";

    internal override (IntakeHeader Header, IRowFeed Feed) Expand(IntakeHeader header, IRowFeed feed, string file, IntakeOptions options) =>
        header.Find("Log Work") < 0 ? (header, feed) : (new IntakeHeader(Columns_), new WorkLogFeed(feed, new IntakeRow(file, options, header), header));

    private protected override ReadDraft BindDrafts(IntakeHeader header, List<string> missing)
    {
        header.Require(missing, "Issue key", "Started", "Author", "Seconds");
        var c = new Columns(header.Find("Author"), header.Find("Project key"), header.Find("Started"), header.Find("Seconds")) { Activity = header.Find("Issue key") };
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
                return Make(row, c with { Project = -1 }, row.Value(c.Person), from?.Date, seconds is decimal p ? IntakeValues.Seconds(p) : null, out draft, out key, prefix);
            }
            return Make(row, c, row.Value(c.Person), from?.Date, seconds is decimal q ? IntakeValues.Seconds(q) : null, out draft, out key);
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
                    // comment;started;author;seconds: the comment may hold semicolons, so the fields are taken from the right.
                    string[] parts = log.Split(';');
                    string Part(int fromRight) => parts.Length >= fromRight ? parts[^fromRight] : "";
                    string comment = parts.Length > 3 ? string.Join(';', parts[..^3]) : "";
                    _pending.Enqueue((issue.Line, log, [issue.Cell(_key).ToString(), issue.Cell(_project).ToString(), comment, Part(3), Part(2), Part(1)]));
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
