using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using NodaTime;
using Pso.Domain.Calendars;
using Pso.Domain.Costs.Actuals;
using Pso.Domain.Errors;
using Pso.Domain.Intake.Pipeline;

namespace Pso.Domain.Intake.TimeEntries;

/// <summary>
/// The sources of time entries. Every one checks across rows: one person's entries of one day adding up to more than
/// 24 hours are all rejected; entries of one person whose clock times overlap are both rejected; an entry outside its
/// person's calendar (<see cref="IntakeOptions.Calendars"/>) is accepted with a warning. Accepted entries are sorted by
/// project, activity, person and date.
/// </summary>
internal abstract class TimeEntrySource(string name, string description)
    : IntakeSource<TimeEntry>(name, IntakeKind.TimeEntries, description)
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

    /// <summary>Gets the reader of drafts for a header (streaming reads drafts; a run in memory makes the
    /// entries).</summary>
    internal ReadDraft DraftsFor(IntakeHeader header, List<string> missing) => BindDrafts(header, missing);

    private protected sealed override RowReader<TimeEntry> Bind(IntakeHeader header, List<string> missing) =>
        new DraftRowReader(BindDrafts(header, missing));

    /// <summary>Reads an entry into a draft once person, project, date and hours are read, checking what every source
    /// checks; false when the row makes no entry (its errors say why).</summary>
    private protected static bool Make(
        IntakeRow row,
        Columns c,
        string? person,
        LocalDate? date,
        Work? hours,
        out TimeEntryDraft draft,
        out string key,
        ProjectId? project = null
    )
    {
        key = "";
        draft = default;
        IntakeOptions options = row.Options;
        if (hours is Work h)
        {
            row.Measure(h);
            if (h <= Work.Zero)
            {
                row.Fail(
                    IntakeErrorCodes.NonPositiveHours,
                    c.Hours,
                    $"{HoursText(h)} hours: hours must be more than zero."
                );
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
            row.Fail(
                IntakeErrorCodes.MissingField,
                c.Project,
                "no project is named (IntakeOptions.Project gives one to rows without)."
            );
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
            row.Fail(
                IntakeErrorCodes.AfterStatusDate,
                c.Date,
                $"{d:uuuu-MM-dd} is after the status date {status:uuuu-MM-dd}."
            );
        }
        if (row.Errors is not null || resource is null || project is null || date is null || hours is null)
        {
            return false;
        }
        if (resource is ResourceId who && options.Calendars?.GetValueOrDefault(who) is WorkCalendar calendar)
        {
            if (!calendar.IsWorkingDay(date.Value))
            {
                row.Warn(
                    IntakeErrorCodes.OutsideCalendar,
                    c.Date,
                    $"{date:uuuu-MM-dd} is not a working day in {who}'s calendar.",
                    "date"
                );
            }
            else if (
                row.Span is { } span
                && span.To > span.From
                && Seconds(span) <= 86_400
                && calendar.WorkingTimeBetween(span.From, span.To) < Duration.FromSeconds(Seconds(span))
            )
            {
                row.Warn(
                    IntakeErrorCodes.OutsideCalendar,
                    c.Start,
                    $"{span.From:HH:mm}–{span.To:HH:mm} is partly outside {who}'s working time.",
                    "start"
                );
            }
        }
        ReadOnlySpan<char> id = row.Cell(c.Id);
        key = !id.IsEmpty
            ? row.IdentifyById(id)
            : string.Create(
                CultureInfo.InvariantCulture,
                $"{resource}|{project}|{activity}|{date:uuuu-MM-dd}|{row.Span?.From:HH:mm:ss}|"
            ) + string.Create(CultureInfo.InvariantCulture, $"{HoursText(hours.Value)}|{overtime}");
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

    /// <summary>Turns hours read from a cell into work, to the tick; hours beyond any work (<see
    /// cref="Work.MaxValue"/>)
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

    private protected static long Seconds((LocalDateTime From, LocalDateTime To) span) =>
        Period.Between(span.From, span.To, PeriodUnits.Seconds).Seconds;

    /// <summary>Gets the person of a row of a tracker that gives both an e-mail address and a name: the address when
    /// there is one (it is unique), otherwise the name.</summary>
    private protected static string PersonOf(IntakeRow row, int email, int user) =>
        row.Value(email) is { Length: > 0 } mail ? mail : row.Value(user);

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
                row.Fail(
                    IntakeErrorCodes.BadDate,
                    c.Start,
                    $"'{ErrorText.Quote(row.Cell(c.Start))}' is not a time of day."
                );
            }
            return;
        }
        if (IntakeValues.TryTime(row.Cell(c.End), out LocalTime to) != IntakeValues.Outcome.Read)
        {
            if (!row.Cell(c.End).IsEmpty)
            {
                row.Fail(
                    IntakeErrorCodes.BadDate,
                    c.End,
                    $"'{ErrorText.Quote(row.Cell(c.End))}' is not a time of day."
                );
            }
            return;
        }
        LocalDate endDay =
            c.EndDate >= 0
            && row.Value(c.EndDate) is { Length: > 0 } e
            && row.DateTime(c.EndDate, e, order)?.Date is LocalDate end
                ? end
            : to < from ? day.PlusDays(1)
            : day;
        LocalDateTime start = day + from;
        LocalDateTime finish = endDay + to;
        if (finish < start)
        {
            row.Fail(
                IntakeErrorCodes.FinishBeforeStart,
                c.End,
                $"the entry ends ({finish:uuuu-MM-dd HH:mm}) before it starts ({start:uuuu-MM-dd HH:mm})."
            );
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

    private protected override Reconciliation Stream(IntakeRun run, IIntakeSink<TimeEntry> sink) =>
        run.StreamTimeEntries(this, sink);

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
                ulong high =
                    ((ulong)projects[e.Project.Value] << 48)
                    | ((ulong)activities[e.Activity?.Value ?? ""] << 32)
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
                keys[i] = (
                    projects[e.Project.Value],
                    activities[e.Activity?.Value ?? ""],
                    people[e.Resource.Value],
                    e.Date.ToDateOnly().DayNumber,
                    i
                );
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
