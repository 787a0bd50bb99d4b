using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Xml;
using System.Xml.Linq;
using NodaTime;
using NodaTime.Text;
using Pso.Domain.Calendars;
using Pso.Domain.Errors;
using Pso.Domain.Scheduling;
using Pso.Domain.Scheduling.Baselines;

namespace Pso.Domain.MsProject;

/// <summary>
/// Reads Microsoft Project XML (MSPDI) files, as saved by Project 2002 to 2019, into a schedule <see cref="Project"/>
/// with its calendars, and keeps the dates Microsoft Project computed.
///</summary>
/// <remarks>
/// <para>Safe by construction: DTDs are refused, no external resource is ever resolved, and a document larger than
/// <see cref="MaxCharacters"/> is refused. Malformed XML or a value of the wrong type raises
/// <see cref="MspdiFormatException"/> with the line and position.</para>
/// <para>Taken over: the project start and calendar; calendars with their week days, their exceptions (the expanded
/// <c>DayType 0</c> form when present, which also covers recurring exceptions, else the <c>Exceptions</c> ranges) and
/// their base calendar; tasks with their outline, durations, calendars, constraints, deadlines and priorities;
/// predecessor links with their type and lag; manually scheduled tasks keep their saved start; progress (actual dates,
/// percent complete, remaining duration) and the status date are read. Links on summary tasks and alternative work
/// weeks are not yet
/// taken over; each such case is listed in <see cref="MspdiFile.Warnings"/>.</para>
/// <para>The reader is stateless and thread-safe.</para>
/// </remarks>
public sealed class MspdiReader
{
    private static readonly XNamespace Ns = "http://schemas.microsoft.com/project";

    /// <summary>The deepest nesting of elements read: MSPDI's own go six deep.</summary>
    public const int MaxDepth = 64;
    private static readonly LocalDateTimePattern DateTimePattern = LocalDateTimePattern.CreateWithInvariantCulture(
        "uuuu-MM-dd'T'HH:mm:ss"
    );

    /// <summary>Initialises a reader.</summary>
    /// <param name="maxCharacters">The largest document accepted, in characters; 256 million by default.</param>
    public MspdiReader(long maxCharacters = 256_000_000) => MaxCharacters = maxCharacters;

    /// <summary>Gets the largest document accepted, in characters.</summary>
    public long MaxCharacters { get; }

    /// <summary>Reads a file.</summary>
    /// <param name="path">The path of the file.</param>
    /// <returns>The schedule, its calendars and Microsoft Project's dates.</returns>
    /// <exception cref="MspdiFormatException">The file is not a readable MSPDI document.</exception>
    /// <exception cref="ValidationException">The schedule in the file is inconsistent.</exception>
    /// <exception cref="NetworkCycleException">The file's links form a cycle.</exception>
    public MspdiFile Read(string path) => Read(path, CancellationToken.None);

    /// <inheritdoc cref="Read(string)" path="/*[not(self::param)]"/>
    /// <param name="path">The path of the file.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public MspdiFile Read(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        using FileStream stream = File.OpenRead(path);
        return Read(stream, Path.GetFileName(path), cancellationToken);
    }

    /// <summary>Reads a document from a stream.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="fileName">The name to give in errors.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The schedule, its calendars and Microsoft Project's dates.</returns>
    /// <exception cref="MspdiFormatException">The stream is not a readable MSPDI document.</exception>
    /// <exception cref="ValidationException">The schedule in the document is inconsistent.</exception>
    /// <exception cref="NetworkCycleException">The document's links form a cycle.</exception>
    public MspdiFile Read(Stream stream, string? fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        XDocument document = Load(stream, fileName);
        cancellationToken.ThrowIfCancellationRequested();
        return new Parse(document, fileName, cancellationToken).Run();
    }

    private XDocument Load(Stream stream, string? fileName)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxCharacters,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            // The nesting is checked before the document is built: no MSPDI element is more than a few deep, and a
            // document nested a hundred thousand deep should cost no more than reading it once.
            Stream source = stream;
            if (!stream.CanSeek)
            {
                var copy = new MemoryStream();
                stream.CopyTo(copy);
                copy.Position = 0;
                source = copy;
            }
            long origin = source.Position;
            XmlReaderSettings scanning = settings.Clone();
            scanning.CloseInput = false;
            using (var scan = XmlReader.Create(source, scanning))
            {
                while (scan.Read())
                {
                    if (scan.Depth > MaxDepth)
                    {
                        var info = (IXmlLineInfo)scan;
                        throw new MspdiFormatException(
                            fileName,
                            info.LineNumber,
                            info.LinePosition,
                            scan.LocalName,
                            $"The XML is nested more than {MaxDepth} elements deep; an MSPDI document is nested a few."
                        );
                    }
                }
            }
            source.Position = origin;
            using var reader = XmlReader.Create(source, settings);
            XDocument document = XDocument.Load(reader, LoadOptions.SetLineInfo);
            if (document.Root?.Name != Ns + "Project")
            {
                throw new MspdiFormatException(
                    fileName,
                    1,
                    1,
                    document.Root?.Name.LocalName,
                    "The root element is not <Project> in the namespace http://schemas.microsoft.com/project."
                );
            }
            return document;
        }
        catch (XmlException e)
        {
            // A DTD is refused on purpose (it can expand entities without bound): say so, not how to allow it.
            string reason = e.Message.Contains("DTD", StringComparison.Ordinal)
                ? "The document declares a DTD, which MSPDI never does and the reader refuses (a DTD can expand "
                    + "entities without bound)."
                : e.Message;
            throw new MspdiFormatException(
                fileName,
                e.LineNumber == 0 ? null : e.LineNumber,
                e.LinePosition == 0 ? null : e.LinePosition,
                null,
                reason,
                e
            );
        }
    }

    /// <summary>One read of one document.</summary>
    private sealed class Parse(XDocument document, string? fileName, CancellationToken cancellationToken)
    {
        private readonly List<ValidationError> _warnings = [];

        internal MspdiFile Run()
        {
            XElement root = document.Root!;
            Dictionary<CalendarId, WorkCalendar> calendars = ReadCalendars(root);
            string? projectCalendarUid = Text(root, "CalendarUID");
            WorkCalendar projectCalendar =
                projectCalendarUid is not null
                && calendars.TryGetValue(new CalendarId(projectCalendarUid), out WorkCalendar? found)
                    ? found
                    : calendars.Values.FirstOrDefault() ?? WorkCalendar.Standard;
            if (Text(root, "ScheduleFromStart") == "0")
            {
                Warn(
                    root,
                    "ScheduleFromStart",
                    null,
                    "The project is scheduled from its finish date; it is read as scheduled from its start."
                );
            }
            LocalDateTime start = DateTime(root, "StartDate") ?? throw Fail(root, "The project has no <StartDate>.");

            string? idField = (
                root.Element(Ns + "ExtendedAttributes")?.Elements(Ns + "ExtendedAttribute") ?? []
            ).FirstOrDefault(a => Text(a, "Alias") == MspdiWriter.ActivityIdAlias)
                is XElement definition
                ? Text(definition, "FieldID")
                : null;
            var idByUid = new Dictionary<string, ActivityId>();
            var activities = new List<Activity>();
            var saved = ImmutableDictionary.CreateBuilder<ActivityId, MsProjectDates>();
            var links = new List<(XElement Element, Dependency Link)>();
            var outline = new List<(int Level, ActivityId Id)>();
            var elementById = new Dictionary<ActivityId, (XElement Task, string Uid)>();
            Currency currency = ReadCurrency(root);
            var baselineEntries = new SortedDictionary<int, List<BaselineEntry>>();
            bool usesElapsed = false;
            var ignoringResourceCalendars = new HashSet<ActivityId>();
            XElement[] tasks = [.. root.Element(Ns + "Tasks")?.Elements(Ns + "Task") ?? []];
            foreach (XElement task in tasks)
            {
                cancellationToken.ThrowIfCancellationRequested();
                string uid = Text(task, "UID") ?? throw Fail(task, "A task has no <UID>.");
                if (uid == "0" || Text(task, "IsNull") == "1")
                {
                    continue;
                }
                string? ownId =
                    idField is null ? null
                    : task.Elements(Ns + "ExtendedAttribute").FirstOrDefault(a => Text(a, "FieldID") == idField)
                        is XElement attribute
                        ? Text(attribute, "Value")
                    : null;
                var id = Guard(task, () => new ActivityId(ownId ?? uid));
                if (!idByUid.TryAdd(uid, id))
                {
                    throw Fail(
                        task,
                        $"Task UID {ErrorText.Quote(uid)} appears more than once; every task has a UID of its own."
                    );
                }
                elementById[id] = (task, uid);
                if (Text(task, "IgnoreResourceCalendar") == "1")
                {
                    ignoringResourceCalendars.Add(id);
                }
                int level = Int(task, "OutlineLevel") ?? 1;
                int deepest = (outline.Count > 0 ? outline[^1].Level : 0) + 1;
                if (level < 1 || level > deepest)
                {
                    throw Fail(
                        task.Element(Ns + "OutlineLevel") ?? task,
                        $"Task UID {ErrorText.Quote(uid)} has outline level {level}; after the tasks before it, a "
                            + $"level runs from 1 to {deepest}."
                    );
                }
                while (outline.Count > 0 && outline[^1].Level >= level)
                {
                    outline.RemoveAt(outline.Count - 1);
                }
                ActivityId? parent = outline.Count > 0 ? outline[^1].Id : null;
                bool summary = Text(task, "Summary") == "1";
                if (summary)
                {
                    outline.Add((level, id));
                }
                Duration duration = Span(task, "Duration") ?? Duration.Zero;
                ActivityKind kind =
                    summary ? ActivityKind.Summary
                    : Text(task, "Milestone") == "1" && duration == Duration.Zero ? ActivityKind.Milestone
                    : ActivityKind.Task;
                string? calendarUid = Text(task, "CalendarUID");
                CalendarId? calendar = calendarUid is null or "-1" ? null : new CalendarId(calendarUid);
                if (calendar is CalendarId c && !calendars.ContainsKey(c))
                {
                    Warn(
                        task,
                        "CalendarUID",
                        uid,
                        $"Task calendar {c} is not in the file; the project calendar is used."
                    );
                    calendar = null;
                }
                if (!summary && IsElapsed(Int(task, "DurationFormat")))
                {
                    // An elapsed duration runs around the clock: on a 24-hour calendar.
                    calendar = WorkCalendar.TwentyFourHours.Id;
                    usesElapsed = true;
                }
                activities.Add(
                    new Activity(
                        id,
                        Text(task, "Name") ?? "",
                        kind == ActivityKind.Summary ? Duration.Zero : duration,
                        kind
                    )
                    {
                        Parent = parent,
                        Calendar = calendar,
                        Constraint = Constraint(task),
                        Deadline = DateTime(task, "Deadline"),
                        Priority = Math.Clamp(Int(task, "Priority") ?? 500, 0, 1000),
                        OutlineNumber = Text(task, "OutlineNumber"),
                        ManualStart = Text(task, "Manual") == "1" && !summary ? DateTime(task, "Start") : null,
                        ActualStart = summary ? null : DateTime(task, "ActualStart"),
                        ActualFinish =
                            summary || DateTime(task, "ActualStart") is null ? null : DateTime(task, "ActualFinish"),
                        PercentComplete = Math.Clamp(Decimal(task, "PercentComplete") ?? 0m, 0m, 100m),
                        RemainingDuration =
                            summary || DateTime(task, "ActualStart") is null ? null : Span(task, "RemainingDuration"),
                        Work = !summary && Span(task, "Work") is Duration work ? Work.FromDuration(work) : null,
                        LevellingDelay = summary ? Duration.Zero : LevellingDelay(task),
                    }
                );
                saved[id] = new MsProjectDates(
                    DateTime(task, "Start"),
                    DateTime(task, "Finish"),
                    DateTime(task, "EarlyStart"),
                    DateTime(task, "EarlyFinish"),
                    DateTime(task, "LateStart"),
                    DateTime(task, "LateFinish"),
                    TenthsOfMinutes(task, "TotalSlack"),
                    TenthsOfMinutes(task, "FreeSlack"),
                    Text(task, "Critical") == "1",
                    Text(task, "Manual") == "1",
                    Text(task, "ActualStart") is not null
                );
                ReadBaselines(task, id, currency, baselineEntries);
                foreach (XElement link in task.Elements(Ns + "PredecessorLink"))
                {
                    string from = Text(link, "PredecessorUID")
                        ?? throw Fail(link, "A predecessor link has no <PredecessorUID>.");
                    links.Add(
                        (
                            link,
                            Guard(link, () =>
                                new Dependency(new ActivityId(from), id, LinkType(link, uid), LinkLag(link))
                            )
                        )
                    );
                }
            }

            // Links name predecessors by UID; map them to the activities' ids.
            for (int k = 0; k < links.Count; k++)
            {
                (XElement element, Dependency link) = links[k];
                if (idByUid.TryGetValue(link.Predecessor.Value, out ActivityId predecessor))
                {
                    links[k] = (element, new Dependency(predecessor, link.Successor, link.Type, link.Lag));
                }
            }
            var kinds = activities.ToDictionary(a => a.Id, a => a.Kind);
            var dependencies = new List<Dependency>();
            foreach ((XElement element, Dependency link) in links)
            {
                if (!kinds.TryGetValue(link.Predecessor, out ActivityKind fromKind))
                {
                    Warn(
                        element,
                        "PredecessorUID",
                        link.Successor.Value,
                        $"Link {link} names a task that is not in the file; it is left out."
                    );
                }
                else if (fromKind == ActivityKind.Summary || kinds[link.Successor] == ActivityKind.Summary)
                {
                    Warn(
                        element,
                        "PredecessorLink",
                        link.Successor.Value,
                        $"Link {link} involves a summary task, which is not yet supported; it is left out."
                    );
                }
                else
                {
                    dependencies.Add(link);
                }
            }
            (ImmutableArray<MspdiResource> resources, Dictionary<string, ResourceId> resourceByUid) = ReadResources(
                root,
                currency,
                calendars
            );
            ImmutableArray<MspdiAssignment> assignments = ReadAssignments(root, idByUid, resourceByUid);
            Dictionary<CalendarId, WorkCalendar> projectCalendars = new(calendars);
            if (usesElapsed)
            {
                projectCalendars.TryAdd(WorkCalendar.TwentyFourHours.Id, WorkCalendar.TwentyFourHours);
            }
            List<Activity> scheduled = ResourceCalendars(
                activities,
                resources,
                assignments,
                projectCalendar,
                projectCalendars,
                ignoringResourceCalendars
            );
            scheduled = ContouredDurations(root, scheduled, idByUid, projectCalendar, projectCalendars);
            Project project;
            try
            {
                project = new Project(
                    new ProjectId(Text(root, "Name") ?? fileName ?? "MSPDI"),
                    Text(root, "Title") ?? Text(root, "Name") ?? "",
                    projectCalendar,
                    start,
                    scheduled,
                    dependencies,
                    projectCalendars.Values,
                    DateTime(root, "StatusDate")
                );
            }
            catch (ValidationException e)
            {
                // The model's checks name the activity; the file's reader names the file, the task's UID and its line.
                throw new ValidationException(e.Errors.Select(error => Located(error, elementById)));
            }
            catch (NetworkCycleException e)
            {
                throw new NetworkCycleException(e.Cycle, fileName);
            }
            LocalDate capturedOn = (DateTime(root, "LastSaved") ?? start).Date;
            return new MspdiFile(project)
            {
                Calendars = calendars.ToImmutableDictionary(),
                Resources = resources,
                Assignments = assignments,
                Baselines =
                [
                    .. baselineEntries.Select(b => new Baseline(
                        b.Key,
                        b.Key == 0 ? "Baseline" : $"Baseline {b.Key}",
                        capturedOn,
                        b.Value
                    )),
                ],
                SavedDates = saved.ToImmutable(),
                SavedFinish = DateTime(root, "FinishDate"),
                Warnings = [.. _warnings],
            };
        }

        /// <summary>
        /// Gives each task that has no calendar of its own the calendar Microsoft Project schedules it on: that of the
        /// work resources assigned to it, or, when they work to different calendars, the working time of any of them.
        /// Tasks marked to ignore resource calendars, and tasks with a calendar of their own, keep theirs.
        ///</summary>
        private static List<Activity> ResourceCalendars(
            List<Activity> activities,
            ImmutableArray<MspdiResource> resources,
            ImmutableArray<MspdiAssignment> assignments,
            WorkCalendar projectCalendar,
            Dictionary<CalendarId, WorkCalendar> calendars,
            HashSet<ActivityId> ignoring
        )
        {
            var byId = resources.ToDictionary(r => r.Id);
            var calendarsOf = new Dictionary<ActivityId, SortedSet<CalendarId>>();
            foreach (MspdiAssignment assignment in assignments)
            {
                MspdiResource resource = byId[assignment.Resource];
                if (resource.Type != MspdiResourceType.Work || assignment.Work == Work.Zero)
                {
                    continue;
                }
                if (!calendarsOf.TryGetValue(assignment.Activity, out SortedSet<CalendarId>? set))
                {
                    calendarsOf[assignment.Activity] = set = [];
                }
                set.Add(resource.Calendar ?? projectCalendar.Id);
            }
            return
            [
                .. activities.Select(activity =>
                {
                    if (
                        activity.Kind == ActivityKind.Summary
                        || activity.Calendar is not null
                        || ignoring.Contains(activity.Id)
                        || !calendarsOf.TryGetValue(activity.Id, out SortedSet<CalendarId>? set)
                    )
                    {
                        return activity;
                    }
                    if (set.Count == 1)
                    {
                        return activity with { Calendar = set.Min };
                    }
                    var union = new CalendarId(string.Join('+', set));
                    if (!calendars.ContainsKey(union))
                    {
                        calendars[union] = Union(union, [.. set.Select(c => calendars[c])]);
                    }
                    return activity with { Calendar = union };
                }),
            ];
        }

        /// <summary>Lengthens tasks whose work was shaped by hand (work contour 8, contoured) to the span of that
        /// work: from the first period with work to the end of the work in the last, as the assignment's timephased
        /// work (remaining and actual) gives them.</summary>
        private List<Activity> ContouredDurations(
            XElement root,
            List<Activity> activities,
            Dictionary<string, ActivityId> idByUid,
            WorkCalendar projectCalendar,
            Dictionary<CalendarId, WorkCalendar> calendars
        )
        {
            var spans = new Dictionary<ActivityId, (LocalDateTime First, LocalDateTime LastStart, Duration LastWork)>();
            foreach (XElement element in root.Element(Ns + "Assignments")?.Elements(Ns + "Assignment") ?? [])
            {
                if (
                    Text(element, "WorkContour") != "8"
                    || Text(element, "TaskUID") is not string taskUid
                    || !idByUid.TryGetValue(taskUid, out ActivityId activity)
                )
                {
                    continue;
                }
                var work = element
                    .Elements(Ns + "TimephasedData")
                    .Where(row =>
                        Text(row, "Type") is "1" or "2" && Span(row, "Value") is Duration value && value > Duration.Zero
                    )
                    .Select(row =>
                        (
                            Start: DateTime(row, "Start") ?? throw Fail(row, "A timephased row has no <Start>."),
                            Work: Span(row, "Value")!.Value
                        )
                    )
                    .OrderBy(row => row.Start)
                    .ToList();
                if (work.Count == 0)
                {
                    continue;
                }
                // The last period's work takes longer at fewer units: 4 hours of work at 50 % take 8 working hours.
                decimal units = Decimal(element, "Units") is decimal u && u > 0m ? u : 1m;
                Duration lastWork = Duration.FromTicks((long)decimal.Round(work[^1].Work.BclCompatibleTicks / units));
                (LocalDateTime First, LocalDateTime LastStart, Duration LastWork) span = (
                    work[0].Start,
                    work[^1].Start,
                    lastWork
                );
                spans[activity] =
                    spans.TryGetValue(activity, out var known) && known.LastStart > span.LastStart ? known : span;
            }
            if (spans.Count == 0)
            {
                return activities;
            }
            return
            [
                .. activities.Select(activity =>
                {
                    if (!spans.TryGetValue(activity.Id, out var span) || activity.Kind != ActivityKind.Task)
                    {
                        return activity;
                    }
                    WorkCalendar calendar = activity.Calendar is CalendarId id ? calendars[id] : projectCalendar;
                    LocalDateTime start = calendar.NextWorkingMoment(span.First);
                    LocalDateTime finish = calendar.AddWorkingTime(
                        calendar.NextWorkingMoment(span.LastStart),
                        span.LastWork
                    );
                    Duration length = calendar.WorkingTimeBetween(start, finish);
                    return length > activity.Duration ? activity with { Duration = length } : activity;
                }),
            ];
        }

        /// <summary>A calendar that works whenever any of some calendars works.</summary>
        private static WorkCalendar Union(CalendarId id, WorkCalendar[] parts)
        {
            static WorkingDay Merge(IEnumerable<WorkingDay> days)
            {
                var merged = new List<(long Start, long End)>();
                foreach (
                    (long start, long end) in days.SelectMany(d => d.Intervals)
                        .Select(i => (i.Start.TickOfDay, i.Start.TickOfDay + i.Length.BclCompatibleTicks))
                        .OrderBy(i => i.Item1)
                )
                {
                    if (merged.Count > 0 && start <= merged[^1].End)
                    {
                        merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, end));
                        continue;
                    }
                    merged.Add((start, end));
                }
                return new WorkingDay(
                    merged.Select(i => new WorkingInterval(
                        LocalTime.FromTicksSinceMidnight(i.Start),
                        i.End == NodaConstants.TicksPerDay
                            ? LocalTime.Midnight
                            : LocalTime.FromTicksSinceMidnight(i.End)
                    ))
                );
            }
            var week = new Dictionary<IsoDayOfWeek, WorkingDay>();
            foreach (IsoDayOfWeek day in Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None))
            {
                week[day] = Merge(parts.Select(p => p.Week[day]));
            }
            var exceptionDates = new SortedSet<LocalDate>();
            foreach (WorkCalendar part in parts)
            {
                for (WorkCalendar? c = part; c is not null; c = c.Base)
                {
                    foreach (CalendarException exception in c.Exceptions)
                    {
                        for (
                            LocalDate date = exception.Dates.Start;
                            date <= exception.Dates.End;
                            date = date.PlusDays(1)
                        )
                        {
                            exceptionDates.Add(date);
                        }
                    }
                }
            }
            var exceptions = exceptionDates.Select(date => new CalendarException(
                new DateInterval(date, date),
                Merge(parts.Select(p => p.GetWorkingDay(date)))
            ));
            return new WorkCalendar(
                id,
                new WorkWeek(week),
                exceptions,
                string.Join(" or ", parts.Select(p => p.Name ?? p.Id.Value))
            );
        }

        /// <summary>Whether a duration format is elapsed time (em, eh, ed, ew, emo, e%, also when estimated).</summary>
        /// <summary>Reads a task's levelling delay (tenths of minutes); one in elapsed time is taken as working time
        /// and reported.</summary>
        private Duration LevellingDelay(XElement task)
        {
            if (TenthsOfMinutes(task, "LevelingDelay") is not Duration delay || delay <= Duration.Zero)
            {
                return Duration.Zero;
            }
            if (IsElapsed(Int(task, "LevelingDelayFormat")))
            {
                Warn(
                    task.Element(Ns + "LevelingDelay")!,
                    "LevelingDelay",
                    Text(task, "UID"),
                    $"Task '{Text(task, "Name")}' has a levelling delay in elapsed time ({delay.TotalHours:0.##} h); "
                        + "it is taken as working time."
                );
            }
            return delay;
        }

        private static bool IsElapsed(int? format) =>
            format is 4 or 6 or 8 or 10 or 12 or 20 or 36 or 38 or 40 or 42 or 44 or 52;

        private Currency ReadCurrency(XElement root)
        {
            string? code = Text(root, "CurrencyCode");
            if (code is null)
            {
                return Currency.None;
            }
            if (Currency.TryFromCode(code, out Currency currency))
            {
                return currency;
            }
            Warn(
                root.Element(Ns + "CurrencyCode")!,
                "CurrencyCode",
                null,
                $"Currency '{code}' is not an ISO 4217 code; amounts are read without a currency (XXX)."
            );
            return Currency.None;
        }

        private void ReadBaselines(
            XElement task,
            ActivityId id,
            Currency currency,
            SortedDictionary<int, List<BaselineEntry>> baselines
        )
        {
            foreach (XElement element in task.Elements(Ns + "Baseline"))
            {
                int number = Int(element, "Number") ?? throw Fail(element, "A baseline has no <Number>.");
                if (number is < 0 or > Baseline.MaxNumber)
                {
                    throw Fail(element, $"Baseline number {number} is outside 0 to {Baseline.MaxNumber}.");
                }
                if (
                    DateTime(element, "Start") is not LocalDateTime start
                    || DateTime(element, "Finish") is not LocalDateTime finish
                )
                {
                    if (element.Element(Ns + "Cost") is not null || element.Element(Ns + "Work") is not null)
                    {
                        Warn(
                            element,
                            "Baseline",
                            id.Value,
                            $"Baseline {number} of task '{id}' has a cost or work but no start and finish; it is "
                                + "left out."
                        );
                    }
                    continue;
                }
                if (!baselines.TryGetValue(number, out List<BaselineEntry>? entries))
                {
                    baselines[number] = entries = [];
                }
                entries.Add(
                    new BaselineEntry(
                        id,
                        start,
                        finish,
                        Span(element, "Duration") ?? Duration.Zero,
                        Span(element, "Work") is Duration work ? Work.FromDuration(work) : null,
                        Decimal(element, "Cost") is decimal cents ? new Money(cents / 100m, currency) : null
                    )
                );
            }
        }

        private (ImmutableArray<MspdiResource> Resources, Dictionary<string, ResourceId> ByUid) ReadResources(
            XElement root,
            Currency currency,
            Dictionary<CalendarId, WorkCalendar> calendars
        )
        {
            var resources = ImmutableArray.CreateBuilder<MspdiResource>();
            var byUid = new Dictionary<string, ResourceId>();
            foreach (XElement element in root.Element(Ns + "Resources")?.Elements(Ns + "Resource") ?? [])
            {
                cancellationToken.ThrowIfCancellationRequested();
                string uid = Text(element, "UID") ?? throw Fail(element, "A resource has no <UID>.");
                if (uid == "0" || Text(element, "IsNull") == "1")
                {
                    continue; // UID 0 is Microsoft Project's placeholder, not a resource.
                }
                ResourceId id = Guard(element, () =>
                    new ResourceId(Text(element, "Code") is { Length: > 0 } code ? code : uid)
                );
                byUid[uid] = id;
                int type = Int(element, "Type") ?? 1;
                if (type is < 0 or > 2)
                {
                    throw Fail(element, $"Resource type {type} is not 0 (material), 1 (work) or 2 (cost).");
                }
                string? calendarUid = Text(element, "CalendarUID");
                CalendarId? calendar = calendarUid is null or "-1" ? null : new CalendarId(calendarUid);
                if (calendar is CalendarId c && !calendars.ContainsKey(c))
                {
                    Warn(
                        element,
                        "CalendarUID",
                        null,
                        $"Resource '{id}' names calendar {c}, which is not in the file; it works to the project "
                            + "calendar."
                    );
                    calendar = null;
                }
                resources.Add(
                    new MspdiResource(id, Text(element, "Name") ?? "", (MspdiResourceType)type)
                    {
                        MaxUnits = Decimal(element, "MaxUnits") ?? 1m,
                        Calendar = calendar,
                        StandardRate = new Money(Decimal(element, "StandardRate") ?? 0m, currency),
                        OvertimeRate = new Money(Decimal(element, "OvertimeRate") ?? 0m, currency),
                        CostPerUse = new Money(Decimal(element, "CostPerUse") ?? 0m, currency),
                    }
                );
            }
            return (resources.ToImmutable(), byUid);
        }

        private ImmutableArray<MspdiAssignment> ReadAssignments(
            XElement root,
            Dictionary<string, ActivityId> activities,
            Dictionary<string, ResourceId> resources
        )
        {
            var assignments = ImmutableArray.CreateBuilder<MspdiAssignment>();
            foreach (XElement element in root.Element(Ns + "Assignments")?.Elements(Ns + "Assignment") ?? [])
            {
                cancellationToken.ThrowIfCancellationRequested();
                string taskUid = Text(element, "TaskUID") ?? throw Fail(element, "An assignment has no <TaskUID>.");
                string resourceUid = Text(element, "ResourceUID")
                    ?? throw Fail(element, "An assignment has no <ResourceUID>.");
                if (resourceUid == "-65535")
                {
                    // A task without a resource: Microsoft Project writes it to keep the task's timephased work.
                    continue;
                }
                if (!activities.TryGetValue(taskUid, out ActivityId activity))
                {
                    Warn(
                        element,
                        "TaskUID",
                        null,
                        $"An assignment names task {taskUid}, which is not in the file (or is the project summary); "
                            + "it is left out."
                    );
                    continue;
                }
                if (!resources.TryGetValue(resourceUid, out ResourceId resource))
                {
                    Warn(
                        element,
                        "ResourceUID",
                        activity.Value,
                        $"An assignment names resource {resourceUid}, which is not in the file; it is left out."
                    );
                    continue;
                }
                assignments.Add(
                    new MspdiAssignment(activity, resource)
                    {
                        Units = Decimal(element, "Units") ?? 1m,
                        Work = WorkOf(element, "Work"),
                        ActualWork = WorkOf(element, "ActualWork"),
                        RemainingWork = WorkOf(element, "RemainingWork"),
                    }
                );
            }
            return assignments.ToImmutable();
        }

        private Work WorkOf(XElement parent, string name) =>
            Span(parent, name) is Duration work ? Work.FromDuration(work) : Work.Zero;

        private Dictionary<CalendarId, WorkCalendar> ReadCalendars(XElement root)
        {
            var elements = (root.Element(Ns + "Calendars")?.Elements(Ns + "Calendar") ?? []).ToDictionary(c =>
                Text(c, "UID") ?? throw Fail(c, "A calendar has no <UID>.")
            );
            var built = new Dictionary<CalendarId, WorkCalendar>();
            foreach (string uid in elements.Keys)
            {
                Build(uid, elements, built, []);
            }
            return built;
        }

        private WorkCalendar Build(
            string uid,
            Dictionary<string, XElement> elements,
            Dictionary<CalendarId, WorkCalendar> built,
            HashSet<string> visiting
        )
        {
            var id = new CalendarId(uid);
            if (built.TryGetValue(id, out WorkCalendar? done))
            {
                return done;
            }
            XElement element = elements[uid];
            if (!visiting.Add(uid))
            {
                throw Fail(element, $"Calendar {uid} derives from itself.");
            }
            string? name = Text(element, "Name");
            var days = new Dictionary<IsoDayOfWeek, WorkingDay>();
            var exceptions = new List<CalendarException>();
            XElement[] weekDays = [.. element.Element(Ns + "WeekDays")?.Elements(Ns + "WeekDay") ?? []];
            foreach (XElement weekDay in weekDays)
            {
                int type = Int(weekDay, "DayType") ?? throw Fail(weekDay, "A week day has no <DayType>.");
                if (type is >= 1 and <= 7)
                {
                    days[type == 1 ? IsoDayOfWeek.Sunday : (IsoDayOfWeek)(type - 1)] = Day(weekDay);
                }
                else if (type == 0 && weekDay.Element(Ns + "TimePeriod") is XElement period)
                {
                    exceptions.Add(new CalendarException(Dates(period), Day(weekDay)));
                }
            }
            if (!weekDays.Any(w => Int(w, "DayType") == 0))
            {
                foreach (XElement exception in element.Element(Ns + "Exceptions")?.Elements(Ns + "Exception") ?? [])
                {
                    if (exception.Element(Ns + "TimePeriod") is XElement period)
                    {
                        exceptions.Add(new CalendarException(Dates(period), Day(exception), Text(exception, "Name")));
                    }
                }
            }
            if (element.Element(Ns + "WorkWeeks")?.HasElements == true)
            {
                Warn(
                    element,
                    "WorkWeeks",
                    uid,
                    $"Calendar {uid} has alternative work weeks, which are not yet taken over."
                );
            }
            exceptions = WithoutOverlaps(element, uid, exceptions);
            string? baseUid = Text(element, "BaseCalendarUID");
            bool isBase = Text(element, "IsBaseCalendar") != "0";
            WorkCalendar calendar =
                !isBase && baseUid is not null && baseUid != "-1" && elements.ContainsKey(baseUid)
                    ? Build(baseUid, elements, built, visiting).Derive(id, exceptions, days, name)
                    : new WorkCalendar(id, new WorkWeek(days), exceptions, name);
            built[id] = calendar;
            return calendar;
        }

        private List<CalendarException> WithoutOverlaps(
            XElement element,
            string uid,
            List<CalendarException> exceptions
        )
        {
            var kept = new List<CalendarException>();
            foreach (CalendarException exception in exceptions.OrderBy(e => e.Dates.Start))
            {
                if (kept.Count > 0 && exception.Dates.Start <= kept[^1].Dates.End)
                {
                    Warn(
                        element,
                        "Exception",
                        uid,
                        $"Calendar {uid} has overlapping exceptions {kept[^1].Dates} and {exception.Dates}; the "
                            + "later is left out."
                    );
                    continue;
                }
                kept.Add(exception);
            }
            return kept;
        }

        private WorkingDay Day(XElement day)
        {
            if (Text(day, "DayWorking") != "1")
            {
                return WorkingDay.NonWorking;
            }
            var intervals = new List<WorkingInterval>();
            foreach (XElement time in day.Element(Ns + "WorkingTimes")?.Elements(Ns + "WorkingTime") ?? [])
            {
                LocalTime from = Time(time, "FromTime");
                LocalTime to = Time(time, "ToTime");
                if (from != to || from == LocalTime.Midnight)
                {
                    intervals.Add(Guard(time, () => new WorkingInterval(from, to)));
                }
            }
            return Guard(day, () => new WorkingDay(intervals));
        }

        private DateInterval Dates(XElement period)
        {
            LocalDateTime from = DateTime(period, "FromDate") ?? throw Fail(period, "A time period has no <FromDate>.");
            LocalDateTime to = DateTime(period, "ToDate") ?? from;
            LocalDate last = to.TimeOfDay == LocalTime.Midnight && to.Date > from.Date ? to.Date.PlusDays(-1) : to.Date;
            return Guard(period, () => new DateInterval(from.Date, last));
        }

        private ScheduleConstraint Constraint(XElement task)
        {
            int type = Int(task, "ConstraintType") ?? 0;
            LocalDateTime? date = DateTime(task, "ConstraintDate");
            ConstraintType? mapped = type switch
            {
                2 => ConstraintType.MustStartOn,
                3 => ConstraintType.MustFinishOn,
                4 => ConstraintType.StartNoEarlierThan,
                5 => ConstraintType.StartNoLaterThan,
                6 => ConstraintType.FinishNoEarlierThan,
                7 => ConstraintType.FinishNoLaterThan,
                _ => null,
            };
            if (type == 1)
            {
                return ScheduleConstraint.AsLateAsPossible;
            }
            if (mapped is ConstraintType dated && date is LocalDateTime on)
            {
                return ScheduleConstraint.On(dated, on);
            }
            return ScheduleConstraint.AsSoonAsPossible;
        }

        private DependencyType LinkType(XElement link, string uid)
        {
            int type = Int(link, "Type") ?? 1;
            switch (type)
            {
                case 0:
                    return DependencyType.FinishToFinish;
                case 1:
                    return DependencyType.FinishToStart;
                case 2:
                    return DependencyType.StartToFinish;
                case 3:
                    return DependencyType.StartToStart;
                default:
                    Warn(
                        link.Element(Ns + "Type")!,
                        "Type",
                        uid,
                        $"Task UID {uid} has a predecessor link of type {type}, which is not one of 0 (FF), 1 (FS), "
                            + "2 (SF) and 3 (SS); it is read as finish-to-start."
                    );
                    return DependencyType.FinishToStart;
            }
        }

        private Lag LinkLag(XElement link)
        {
            long tenths = Long(link, "LinkLag") ?? 0;
            int format = Int(link, "LagFormat") ?? 7;
            return Guard(link, () => format switch
                {
                    19 or 20 => Lag.PercentOfPredecessor(tenths / 10m),
                    4 or 6 or 8 or 10 or 12 => Lag.Elapsed(Tenths(link, "LinkLag", tenths)!.Value),
                    _ => tenths == 0 ? Lag.None : Lag.Working(Tenths(link, "LinkLag", tenths)!.Value),
                });
        }

        private static string? Text(XElement parent, string name) => parent.Element(Ns + name)?.Value;

        private int? Int(XElement parent, string name) =>
            Long(parent, name) is long value
                ? value is >= int.MinValue and <= int.MaxValue
                    ? (int)value
                    : throw OutOfRange(parent, name)
                : null;

        private long? Long(XElement parent, string name) =>
            Decimal(parent, name) is decimal value
                ? value is >= long.MinValue and <= long.MaxValue
                    ? (long)decimal.Round(value)
                    : throw OutOfRange(parent, name)
                : null;

        /// <summary>A value beyond what its field can hold (a number, a duration, a lag), named with its
        /// element.</summary>
        private MspdiFormatException OutOfRange(XElement parent, string name, Exception? inner = null)
        {
            XElement element = parent.Element(Ns + name) ?? parent;
            return Fail(element, $"'{ErrorText.Quote(element.Value)}' is beyond what <{name}> can hold.", inner);
        }

        /// <summary>A count of tenths of a minute as a duration; one beyond any duration fails the read.</summary>
        private Duration? Tenths(XElement parent, string name, long? tenths)
        {
            if (tenths is not long value)
            {
                return null;
            }
            // A duration holds some 16,000 years; a tenth of a minute is 6,000 ms.
            const long most = long.MaxValue / 6_000 / 1_000_000;
            return value is >= -most and <= most
                ? Duration.FromMilliseconds(value * 6_000)
                : throw OutOfRange(parent, name);
        }

        private decimal? Decimal(XElement parent, string name)
        {
            XElement? element = parent.Element(Ns + name);
            if (element is null)
            {
                return null;
            }
            return decimal.TryParse(element.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal value)
                ? value
                : throw Fail(element, $"'{ErrorText.Quote(element.Value)}' is not a number.");
        }

        private LocalDateTime? DateTime(XElement parent, string name)
        {
            XElement? element = parent.Element(Ns + name);
            if (element is null || element.Value.Length == 0)
            {
                return null;
            }
            ParseResult<LocalDateTime> result = DateTimePattern.Parse(element.Value);
            return result.Success
                ? result.Value
                : throw Fail(
                    element,
                    $"'{ErrorText.Quote(element.Value)}' is not a date and time such as 2026-11-25T08:00:00."
                );
        }

        private LocalTime Time(XElement parent, string name)
        {
            XElement element = parent.Element(Ns + name) ?? throw Fail(parent, $"<{name}> is missing.");
            ParseResult<LocalTime> result = LocalTimePattern.ExtendedIso.Parse(element.Value);
            return result.Success
                ? result.Value
                : throw Fail(element, $"'{ErrorText.Quote(element.Value)}' is not a time such as 08:00:00.");
        }

        private Duration? Span(XElement parent, string name)
        {
            XElement? element = parent.Element(Ns + name);
            if (element is null)
            {
                return null;
            }
            try
            {
                return Duration.FromTimeSpan(XmlConvert.ToTimeSpan(element.Value));
            }
            catch (FormatException e)
            {
                throw Fail(element, $"'{ErrorText.Quote(element.Value)}' is not a duration such as PT8H0M0S.", e);
            }
            catch (OverflowException e)
            {
                throw OutOfRange(parent, name, e);
            }
        }

        private Duration? TenthsOfMinutes(XElement parent, string name) => Tenths(parent, name, Long(parent, name));

        private ValidationError Located(
            ValidationError error,
            Dictionary<ActivityId, (XElement Task, string Uid)> elementById
        )
        {
            if (
                error.Location.RecordId is not string record
                || !elementById.TryGetValue(new ActivityId(record), out (XElement Task, string Uid) found)
            )
            {
                return new ValidationError(
                    error.Code,
                    $"{fileName ?? "MSPDI"}: {error.Message}",
                    error.Location with
                    {
                        File = fileName,
                    },
                    error.Severity
                );
            }
            var info = (IXmlLineInfo)found.Task;
            int? line = info.HasLineInfo() ? info.LineNumber : null;
            return new ValidationError(
                error.Code,
                $"{fileName ?? "MSPDI"}{(line is int l ? $":{l}" : "")}, task UID {found.Uid}: {error.Message}",
                error.Location with
                {
                    File = fileName,
                    Line = line,
                    RecordId = found.Uid,
                },
                error.Severity
            );
        }

        private T Guard<T>(XElement element, Func<T> build)
        {
            try
            {
                return build();
            }
            catch (ArgumentException e)
            {
                throw Fail(element, e.Message, e);
            }
        }

        private void Warn(XElement element, string field, string? task, string message)
        {
            var info = (IXmlLineInfo)element;
            _warnings.Add(
                new ValidationError(
                    MsProjectErrorCodes.NotTakenOver,
                    message,
                    new ErrorLocation
                    {
                        File = fileName,
                        Line = info.HasLineInfo() ? info.LineNumber : null,
                        Field = field,
                        RecordId = task,
                    },
                    ValidationSeverity.Warning
                )
            );
        }

        private MspdiFormatException Fail(XElement element, string reason, Exception? inner = null)
        {
            var info = (IXmlLineInfo)element;
            return new MspdiFormatException(
                fileName,
                info.HasLineInfo() ? info.LineNumber : null,
                info.HasLineInfo() ? info.LinePosition : null,
                element.Name.LocalName,
                reason,
                inner
            );
        }
    }
}
