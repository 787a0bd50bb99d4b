using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using nietras.SeparatedValues;
using NodaTime;
using NodaTime.Text;
using Pso.Domain.Costs;
using Pso.Domain.Errors;

namespace Pso.Domain.Intake;

/// <summary>
/// Time entries from our own CSV schema (see <c>docs/intake.md</c>): a header naming the columns in any order and any
/// case, <c>person</c>, <c>project</c>, <c>date</c> (ISO, <c>yyyy-MM-dd</c>) and <c>hours</c> required; <c>id</c>,
/// <c>activity</c>, <c>role</c>, <c>overtime</c> (<c>true</c>/<c>false</c>/<c>yes</c>/<c>no</c>/<c>1</c>/<c>0</c>) and
/// <c>account</c> optional. Rows are parsed through Sep, validated, de-duplicated by a stable key (the id when given,
/// otherwise person, project, activity, date, hours and overtime), checked for more than 24 hours per person and day,
/// then collated and sorted by project, activity, person and date. Nothing is dropped: rows read = accepted + rejected +
/// duplicates, and the same for the hours.
/// </summary>
public static class TimeEntryIntake
{
    private static readonly string[] Required = ["person", "project", "date", "hours"];

    /// <summary>Reads time entries from CSV.</summary>
    /// <param name="csv">The CSV text.</param>
    /// <param name="file">The file's name, for the errors.</param>
    /// <param name="options">How to read and check; <see cref="IntakeOptions.Default"/> when null.</param>
    /// <param name="progress">Told the rows read so far, every 10,000 rows.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The result and its reconciliation.</returns>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public static IntakeResult<TimeEntry> ReadCsv(TextReader csv, string file, IntakeOptions? options = null, IProgress<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(file);
        options ??= IntakeOptions.Default;
        var rejected = new List<RejectedRow>();
        var duplicates = new List<(SourceRow Row, decimal Hours)>();
        var candidates = new List<(TimeEntry Entry, SourceRow Row, string Key)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        decimal hoursRead = 0, hoursRejected = 0;
        long rows = 0;
        if (csv.Peek() == '\uFEFF')
        {
            csv.Read(); // a byte-order mark decoded as text
        }
        // The header is read here, not by Sep, so that a repeated or empty column name is a finding, not an exception.
        using SepReader reader = Sep.New(options.Separator).Reader(o => o with
        {
            HasHeader = false,
            Unescape = true,
            DisableColCountCheck = true,
            CultureInfo = options.Culture,
        }).From(csv);
        var names = new List<string>();
        if (reader.MoveNext())
        {
            SepReader.Row first = reader.Current;
            for (int c = 0; c < first.ColCount; c++)
            {
                names.Add(first[c].ToString().Trim());
            }
        }
        int Index(string name) => names.FindIndex(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        string[] missing = [.. Required.Where(c => Index(c) < 0)];
        if (missing.Length > 0)
        {
            var header = new SourceRow(file, 1, string.Join(options.Separator, names));
            var errors = missing.Select(c => new ValidationError(IntakeErrorCodes.MissingColumn,
                $"{file}: the header has no '{c}' column (it has: {string.Join(", ", names)}).",
                new ErrorLocation { File = file, Line = 1, Field = c })).ToImmutableArray();
            // Every data row is rejected with the header's errors, so that the books still balance.
            foreach (SepReader.Row row in reader)
            {
                rows++;
                rejected.Add(new RejectedRow(new SourceRow(file, row.LineNumberFrom, row.Span.ToString()), errors));
            }
            if (rows == 0)
            {
                rejected.Add(new RejectedRow(header, errors));
                rows = 1;
            }
            return Result(rows, [], rejected, [], [], 0, 0);
        }
        int person = Index("person"), project = Index("project"), date = Index("date"), hours = Index("hours");
        int id = Index("id"), activity = Index("activity"), role = Index("role"), overtime = Index("overtime"), account = Index("account");
        // Slots of the values read from each row: person, project, date, hours, id, activity, role, overtime, account.
        int[] columns = [person, project, date, hours, id, activity, role, overtime, account];
        string[] values = new string[columns.Length];
        var known = new Interner();
        var dates = new Dictionary<string, LocalDate?>(StringComparer.Ordinal);
        var numbers = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        foreach (SepReader.Row row in reader)
        {
            if ((++rows % 10_000) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(rows);
            }
            var source = new SourceRow(file, row.LineNumberFrom, row.Span.ToString());
            List<ValidationError>? errors = null;
            for (int c = 0; c < columns.Length; c++)
            {
                ReadOnlySpan<char> cell = columns[c] >= 0 && columns[c] < row.ColCount ? row[columns[c]].Span.Trim() : [];
                // Values that repeat across rows (people, projects, dates, hours) are kept once; ids are not.
                values[c] = cell.IsEmpty ? "" : c == 4 ? cell.ToString() : known.Get(cell);
            }
            void Fail(string code, int column, string name, string reason) => (errors ??= []).Add(new ValidationError(code,
                $"{file}, line {source.Line}, field '{name}': {reason}", new ErrorLocation { File = file, Line = source.Line, Column = column + 1, Field = name }));
            string Need(int slot, string name)
            {
                string value = values[slot];
                int column = columns[slot];
                if (value.Length == 0)
                {
                    Fail(IntakeErrorCodes.MissingField, column, name, "it is empty.");
                }
                return value;
            }
            string who = Need(0, "person"), what = Need(1, "project"), day = Need(2, "date"), amount = Need(3, "hours");
            LocalDate when = default;
            if (day.Length > 0)
            {
                if (!dates.TryGetValue(day, out LocalDate? parsedDay))
                {
                    ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(day);
                    dates[day] = parsedDay = parsed.Success ? parsed.Value : null;
                }
                if (parsedDay is LocalDate value)
                {
                    when = value;
                    if (options.StatusDate is LocalDate status && when > status)
                    {
                        Fail(IntakeErrorCodes.AfterStatusDate, date, "date", $"{when:uuuu-MM-dd} is after the status date {status:uuuu-MM-dd}.");
                    }
                }
                else
                {
                    Fail(IntakeErrorCodes.BadDate, date, "date", $"'{day}' is not a date in the form yyyy-MM-dd.");
                }
            }
            decimal worked = 0;
            decimal? parsedHours = null;
            if (amount.Length > 0 && !numbers.TryGetValue(amount, out parsedHours))
            {
                numbers[amount] = parsedHours = decimal.TryParse(amount, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite,
                    options.Culture, out decimal number) ? number : null;
            }
            bool hasHours = amount.Length > 0 && parsedHours is not null;
            worked = parsedHours ?? 0;
            if (amount.Length > 0 && !hasHours)
            {
                Fail(IntakeErrorCodes.BadNumber, hours, "hours", $"'{amount}' is not a number in {(options.Culture.Name.Length == 0 ? "the invariant culture" : options.Culture.Name)}; set IntakeOptions.Culture to the file's.");
            }
            else if (hasHours && worked <= 0)
            {
                Fail(IntakeErrorCodes.NonPositiveHours, hours, "hours", $"{worked} hours: hours must be more than zero.");
            }
            hoursRead += hasHours ? worked : 0;
            // Ids that cannot be ids (too long, control characters) are errors too, never exceptions.
            ResourceId resourceId = default;
            ProjectId projectId = default;
            ActivityId? activityId = null;
            RoleId? roleId = null;
            CostAccountId? accountId = null;
            void BadId(int column, string name, string value) =>
                Fail(IntakeErrorCodes.BadId, column, name, $"'{(value.Length > 40 ? value[..40] + "…" : value)}' is not a valid id (at most 256 characters, no control characters).");
            if (who.Length > 0 && !ResourceId.TryParse(who, out resourceId))
            {
                BadId(person, "person", who);
            }
            if (what.Length > 0 && !ProjectId.TryParse(what, out projectId))
            {
                BadId(project, "project", what);
            }
            if (values[5] is { Length: > 0 } task && !(ActivityId.TryParse(task, out ActivityId a) && (activityId = a) is not null))
            {
                BadId(activity, "activity", task);
            }
            if (values[6] is { Length: > 0 } part && !(RoleId.TryParse(part, out RoleId r) && (roleId = r) is not null))
            {
                BadId(role, "role", part);
            }
            if (values[8] is { Length: > 0 } charge && !(CostAccountId.TryParse(charge, out CostAccountId c2) && (accountId = c2) is not null))
            {
                BadId(account, "account", charge);
            }
            if (who.Length > 0 && options.Resources is { } people && !people.Contains(resourceId))
            {
                Fail(IntakeErrorCodes.UnknownResource, person, "person", $"'{who}' is not a known person.");
            }
            if (what.Length > 0 && options.Projects is { } projects && !projects.Contains(projectId))
            {
                Fail(IntakeErrorCodes.UnknownProject, project, "project", $"'{what}' is not a known project.");
            }
            string extra = values[7].ToUpperInvariant();
            bool isOvertime = extra is "TRUE" or "YES" or "Y" or "1";
            if (extra.Length > 0 && !isOvertime && extra is not ("FALSE" or "NO" or "N" or "0"))
            {
                Fail(IntakeErrorCodes.BadNumber, overtime, "overtime", $"'{values[7]}' is not true or false.");
            }
            if (errors is not null)
            {
                rejected.Add(new RejectedRow(source, [.. errors]));
                hoursRejected += hasHours ? worked : 0;
                continue;
            }
            string ident = values[4];
            var entry = new TimeEntry(resourceId, projectId, when, Work.FromHours(worked))
            {
                Id = ident.Length > 0 ? ident : null,
                Activity = activityId,
                Role = roleId,
                Overtime = isOvertime,
                Account = accountId,
            };
            string key = ident.Length > 0 ? $"id:{ident}"
                : string.Create(CultureInfo.InvariantCulture, $"{who}|{what}|{activityId}|{when:uuuu-MM-dd}|{worked}|{isOvertime}");
            if (!seen.Add(key) || options.SeenKeys?.Contains(key) == true)
            {
                duplicates.Add((source, worked));
                continue;
            }
            candidates.Add((entry, source, key));
        }
        // More than 24 hours for one person on one day: every entry of that day is rejected, each naming the total.
        var days = new Dictionary<(ResourceId, LocalDate), decimal>();
        foreach ((TimeEntry entry, _, _) in candidates)
        {
            days[(entry.Resource, entry.Date)] = days.GetValueOrDefault((entry.Resource, entry.Date)) + entry.Hours.Hours;
        }
        var accepted = new List<(TimeEntry Entry, string Key)>(candidates.Count);
        foreach ((TimeEntry entry, SourceRow row, string key) in candidates)
        {
            decimal total = days[(entry.Resource, entry.Date)];
            if (total > 24)
            {
                rejected.Add(new RejectedRow(row, [new ValidationError(IntakeErrorCodes.OverTwentyFourHours,
                    $"{file}, line {row.Line}, field 'hours': '{entry.Resource}' has {total} hours on {entry.Date:uuuu-MM-dd}; a day has 24.",
                    new ErrorLocation { File = file, Line = row.Line, Column = hours + 1, Field = "hours" })]));
                hoursRejected += entry.Hours.Hours;
            }
            else
            {
                accepted.Add((entry, key));
            }
        }
        ImmutableArray<TimeEntry> sorted = Sort(accepted);
        return Result(rows, sorted, [.. rejected.OrderBy(r => r.Row.Line)], duplicates, [.. accepted.Select(a => a.Key)], hoursRead, hoursRejected);
    }

    /// <summary>Sorts by project, activity (none first), person and date, ties in file order: each id is ranked once
    /// by ordinal order, then one composite key per entry is sorted.</summary>
    private static ImmutableArray<TimeEntry> Sort(List<(TimeEntry Entry, string Key)> accepted)
    {
        static Dictionary<string, int> Ranks(IEnumerable<string> names)
        {
            var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (string name in names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                ranks[name] = ranks.Count;
            }
            return ranks;
        }
        Dictionary<string, int> projects = Ranks(accepted.Select(a => a.Entry.Project.Value));
        Dictionary<string, int> activities = Ranks(accepted.Select(a => a.Entry.Activity?.Value ?? ""));
        Dictionary<string, int> people = Ranks(accepted.Select(a => a.Entry.Resource.Value));
        var keys = new (int, int, int, int, int)[accepted.Count];
        var order = new int[accepted.Count];
        for (int i = 0; i < accepted.Count; i++)
        {
            TimeEntry e = accepted[i].Entry;
            keys[i] = (projects[e.Project.Value], activities[e.Activity?.Value ?? ""], people[e.Resource.Value], e.Date.ToDateOnly().DayNumber, i);
            order[i] = i;
        }
        Array.Sort(keys, order);
        return [.. order.Select(i => accepted[i].Entry)];
    }

    private static IntakeResult<TimeEntry> Result(long rows, ImmutableArray<TimeEntry> accepted, List<RejectedRow> rejected, List<(SourceRow Row, decimal Hours)> duplicates,
        ImmutableArray<string> keys, decimal hoursRead, decimal hoursRejected)
    {
        decimal hoursAccepted = accepted.Sum(e => e.Hours.Hours);
        decimal hoursDuplicated = duplicates.Sum(d => d.Hours);
        var reconciliation = new Reconciliation(rows, accepted.Length, rejected.Count, duplicates.Count,
            [new TotalReconciliation("hours", hoursRead, hoursAccepted, hoursRejected, hoursDuplicated)]);
        return new IntakeResult<TimeEntry>(accepted, [.. rejected], [.. duplicates.Select(d => d.Row)], [], keys, reconciliation);
    }
}

/// <summary>Keeps one string per distinct value, found by span, so that repeated cells are not allocated again.</summary>
internal sealed class Interner
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);

    /// <summary>Gets the string for a span, made once.</summary>
    internal string Get(ReadOnlySpan<char> value)
    {
        Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(value, out string? known))
        {
            return known;
        }
        string made = value.ToString();
        if (_strings.Count < 1_000_000)
        {
            _strings[made] = made;
        }
        return made;
    }
}
