using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using NodaTime;
using NodaTime.Text;
using Pso.Domain.Calendars;
using Pso.Domain.Scheduling;
using Pso.Domain.Scheduling.Baselines;
using Pso.Domain.Utility;

namespace Pso.Domain.MsProject;

/// <summary>
/// Writes a schedule <see cref="Project"/> as Microsoft Project XML (MSPDI) that Microsoft Project and
/// <see cref="MspdiReader"/> read: the project start and calendar, every calendar (week days, exceptions, base
/// calendar), the status date, and the tasks in outline order with their durations, constraints, deadlines, priorities,
/// manual starts, progress and predecessor links.
///</summary>
/// <remarks>
/// <para>Microsoft Project identifies tasks and calendars by number. Activity ids are written as task UIDs when they
/// are all numbers; otherwise tasks are numbered in outline order and each activity's id is kept in the task text field
/// aliased <see cref="ActivityIdAlias"/>, which <see cref="MspdiReader"/> reads back. Calendars are numbered in the
/// order written and keep their name; their ids come back as those numbers.</para>
/// <para>Dates are written to the second. The writer is stateless and thread-safe.</para>
/// </remarks>
public sealed class MspdiWriter
{
    /// <summary>The alias of the task text field (Text30) that holds activity ids that are not numbers.</summary>
    public const string ActivityIdAlias = "Pso Activity Id";

    internal const string ActivityIdFieldId = "188744006";

    private static readonly LocalDateTimePattern DateTimePattern = LocalDateTimePattern.CreateWithInvariantCulture(
        "uuuu-MM-dd'T'HH:mm:ss"
    );

    /// <summary>Initialises a writer.</summary>
    /// <param name="indent">Whether to indent the XML with tabs, as Microsoft Project 2007 and later do; true by
    /// default.</param>
    public MspdiWriter(bool indent = true) => Indent = indent;

    /// <summary>Gets whether the XML is indented.</summary>
    public bool Indent { get; }

    /// <summary>Writes a project to a file.</summary>
    /// <param name="project">The project.</param>
    /// <param name="path">The path of the file, created or replaced.</param>
    public void Write(Project project, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using FileStream stream = File.Create(path);
        Write(project, stream);
    }

    /// <summary>Writes a project to a stream, as UTF-8.</summary>
    /// <param name="project">The project.</param>
    /// <param name="stream">The stream; left open.</param>
    public void Write(Project project, Stream stream) => Write(new MspdiFile(project), stream);

    /// <summary>Writes a project with its resources, assignments and baselines to a file.</summary>
    /// <param name="file">What to write; its saved dates and warnings are not written.</param>
    /// <param name="path">The path of the file, created or replaced.</param>
    public void Write(MspdiFile file, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using FileStream stream = File.Create(path);
        Write(file, stream);
    }

    /// <summary>Writes a project with its resources, assignments and baselines to a stream, as UTF-8.</summary>
    /// <param name="file">What to write; its saved dates and warnings are not written.</param>
    /// <param name="stream">The stream; left open.</param>
    /// <exception cref="ArgumentException">An assignment or a baseline names an activity or resource that the file does
    /// not have, or amounts are in more than one currency.</exception>
    public void Write(MspdiFile file, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(stream);
        Project project = file.Project;
        List<Activity> ordered = OutlineOrder(project);
        bool numericIds = ordered.All(a =>
            int.TryParse(a.Id.Value, NumberStyles.None, CultureInfo.InvariantCulture, out int uid)
            && uid > 0
            && a.Id.Value == uid.ToString(CultureInfo.InvariantCulture)
        );
        var uids = new Dictionary<ActivityId, int>();
        for (int i = 0; i < ordered.Count; i++)
        {
            uids[ordered[i].Id] = numericIds ? int.Parse(ordered[i].Id.Value, CultureInfo.InvariantCulture) : i + 1;
        }
        List<WorkCalendar> calendars = Calendars(project, file);
        var resourceUids = new Dictionary<ResourceId, int>();
        foreach (MspdiResource resource in file.Resources)
        {
            bool added = resourceUids.TryAdd(resource.Id, resourceUids.Count + 1);
            Preconditions.CheckArgument(added, nameof(file), $"Resource '{resource.Id}' appears more than once.");
        }
        var baselines = file
            .Baselines.SelectMany(b => b.Entries.Select(e => (b.Number, Entry: e)))
            .ToLookup(e => e.Entry.Activity);
        Currency? currency = Currencies(file);
        var calendarUids = new Dictionary<CalendarId, int>();
        for (int i = 0; i < calendars.Count; i++)
        {
            calendarUids[calendars[i].Id] = i + 1;
        }

        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = Indent,
            IndentChars = "\t",
            CloseOutput = false,
        };
        using var xml = XmlWriter.Create(stream, settings);
        const string Ns = "http://schemas.microsoft.com/project";
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("Project", Ns);
        xml.WriteElementString("SaveVersion", Ns, "14");
        xml.WriteElementString("Name", Ns, project.Id.Value);
        xml.WriteElementString("Title", Ns, project.Name);
        xml.WriteElementString("ScheduleFromStart", Ns, "1");
        xml.WriteElementString("StartDate", Ns, DateTimePattern.Format(project.Start));
        if (project.StatusDate is LocalDateTime status)
        {
            xml.WriteElementString("StatusDate", Ns, DateTimePattern.Format(status));
        }
        xml.WriteElementString("CalendarUID", Ns, Number(calendarUids[project.Calendar.Id]));
        if (currency is Currency code && code != Currency.None)
        {
            xml.WriteElementString("CurrencyCode", Ns, code.Code);
        }
        if (!numericIds)
        {
            xml.WriteStartElement("ExtendedAttributes", Ns);
            xml.WriteStartElement("ExtendedAttribute", Ns);
            xml.WriteElementString("FieldID", Ns, ActivityIdFieldId);
            xml.WriteElementString("FieldName", Ns, "Text30");
            xml.WriteElementString("Alias", Ns, ActivityIdAlias);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteStartElement("Calendars", Ns);
        foreach (WorkCalendar calendar in calendars)
        {
            WriteCalendar(xml, Ns, calendar, calendarUids);
        }
        xml.WriteEndElement();

        xml.WriteStartElement("Tasks", Ns);
        var predecessors = project.Dependencies.ToLookup(d => d.Successor);
        var depth = new Dictionary<ActivityId, int>();
        for (int i = 0; i < ordered.Count; i++)
        {
            Activity activity = ordered[i];
            int level = activity.Parent is ActivityId parent ? depth[parent] + 1 : 1;
            depth[activity.Id] = level;

            xml.WriteStartElement("Task", Ns);
            xml.WriteElementString("UID", Ns, Number(uids[activity.Id]));
            xml.WriteElementString("ID", Ns, Number(i + 1));
            xml.WriteElementString("Name", Ns, activity.Name);
            xml.WriteElementString("Manual", Ns, activity.ManualStart is null ? "0" : "1");
            if (activity.OutlineNumber is string outlineNumber)
            {
                xml.WriteElementString("OutlineNumber", Ns, outlineNumber);
            }
            xml.WriteElementString("OutlineLevel", Ns, Number(level));
            xml.WriteElementString("Priority", Ns, Number(activity.Priority));
            if (activity.ManualStart is LocalDateTime manual)
            {
                xml.WriteElementString("Start", Ns, DateTimePattern.Format(manual));
            }
            xml.WriteElementString("Duration", Ns, Span(activity.Duration));
            if (activity.Work is Work work)
            {
                xml.WriteElementString("Work", Ns, Span(work.ToDuration()));
            }
            xml.WriteElementString("Milestone", Ns, activity.Kind == ActivityKind.Milestone ? "1" : "0");
            xml.WriteElementString("Summary", Ns, activity.Kind == ActivityKind.Summary ? "1" : "0");
            (int type, LocalDateTime? date) = Constraint(activity.Constraint);
            xml.WriteElementString("ConstraintType", Ns, Number(type));
            if (date is LocalDateTime on)
            {
                xml.WriteElementString("ConstraintDate", Ns, DateTimePattern.Format(on));
            }
            if (activity.Deadline is LocalDateTime deadline)
            {
                xml.WriteElementString("Deadline", Ns, DateTimePattern.Format(deadline));
            }
            if (activity.LevellingDelay > Duration.Zero)
            {
                // Tenths of minutes of working time, shown in (working) days.
                xml.WriteElementString(
                    "LevelingDelay",
                    Ns,
                    Decimal((decimal)activity.LevellingDelay.TotalMinutes * 10m)
                );
                xml.WriteElementString("LevelingDelayFormat", Ns, "7");
            }
            xml.WriteElementString(
                "CalendarUID",
                Ns,
                activity.Calendar is CalendarId c ? Number(calendarUids[c]) : "-1"
            );
            xml.WriteElementString(
                "PercentComplete",
                Ns,
                activity.PercentComplete.ToString(CultureInfo.InvariantCulture)
            );
            if (activity.ActualStart is LocalDateTime actualStart)
            {
                xml.WriteElementString("ActualStart", Ns, DateTimePattern.Format(actualStart));
            }
            if (activity.ActualFinish is LocalDateTime actualFinish)
            {
                xml.WriteElementString("ActualFinish", Ns, DateTimePattern.Format(actualFinish));
            }
            if (activity.RemainingDuration is Duration remaining)
            {
                xml.WriteElementString("RemainingDuration", Ns, Span(remaining));
            }
            foreach (Dependency link in predecessors[activity.Id])
            {
                WriteLink(xml, Ns, link, uids);
            }
            if (!numericIds)
            {
                xml.WriteStartElement("ExtendedAttribute", Ns);
                xml.WriteElementString("FieldID", Ns, ActivityIdFieldId);
                xml.WriteElementString("Value", Ns, activity.Id.Value);
                xml.WriteEndElement();
            }
            foreach ((int number, BaselineEntry entry) in baselines[activity.Id].OrderBy(b => b.Number))
            {
                WriteBaseline(xml, Ns, number, entry);
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        WriteResources(xml, Ns, file.Resources, resourceUids, calendarUids);
        WriteAssignments(xml, Ns, file.Assignments, uids, resourceUids);
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteBaseline(XmlWriter xml, string ns, int number, BaselineEntry entry)
    {
        xml.WriteStartElement("Baseline", ns);
        xml.WriteElementString("Number", ns, Number(number));
        xml.WriteElementString("Start", ns, DateTimePattern.Format(entry.Start));
        xml.WriteElementString("Finish", ns, DateTimePattern.Format(entry.Finish));
        xml.WriteElementString("Duration", ns, Span(entry.Duration));
        if (entry.Work is Work work)
        {
            xml.WriteElementString("Work", ns, Span(work.ToDuration()));
        }
        if (entry.Cost is Money cost)
        {
            xml.WriteElementString("Cost", ns, Decimal(cost.Amount * 100m));
        }
        xml.WriteEndElement();
    }

    private static void WriteResources(
        XmlWriter xml,
        string ns,
        IReadOnlyList<MspdiResource> resources,
        Dictionary<ResourceId, int> uids,
        Dictionary<CalendarId, int> calendarUids
    )
    {
        if (resources.Count == 0)
        {
            return;
        }
        xml.WriteStartElement("Resources", ns);
        foreach (MspdiResource resource in resources)
        {
            xml.WriteStartElement("Resource", ns);
            xml.WriteElementString("UID", ns, Number(uids[resource.Id]));
            xml.WriteElementString("ID", ns, Number(uids[resource.Id]));
            xml.WriteElementString("Name", ns, resource.Name);
            xml.WriteElementString("Type", ns, Number((int)resource.Type));
            xml.WriteElementString("Code", ns, resource.Id.Value);
            xml.WriteElementString("MaxUnits", ns, Decimal(resource.MaxUnits));
            xml.WriteElementString("StandardRate", ns, Decimal(resource.StandardRate.Amount));
            xml.WriteElementString("StandardRateFormat", ns, "2");
            xml.WriteElementString("OvertimeRate", ns, Decimal(resource.OvertimeRate.Amount));
            xml.WriteElementString("OvertimeRateFormat", ns, "2");
            xml.WriteElementString("CostPerUse", ns, Decimal(resource.CostPerUse.Amount));
            if (resource.Calendar is CalendarId calendar)
            {
                xml.WriteElementString(
                    "CalendarUID",
                    ns,
                    calendarUids.TryGetValue(calendar, out int uid)
                        ? Number(uid)
                        : throw new ArgumentException(
                            $"Resource '{resource.Id}' names calendar '{calendar}', which the file does not have.",
                            nameof(resources)
                        )
                );
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void WriteAssignments(
        XmlWriter xml,
        string ns,
        IReadOnlyList<MspdiAssignment> assignments,
        Dictionary<ActivityId, int> taskUids,
        Dictionary<ResourceId, int> resourceUids
    )
    {
        if (assignments.Count == 0)
        {
            return;
        }
        xml.WriteStartElement("Assignments", ns);
        for (int i = 0; i < assignments.Count; i++)
        {
            MspdiAssignment assignment = assignments[i];
            xml.WriteStartElement("Assignment", ns);
            xml.WriteElementString("UID", ns, Number(i + 1));
            xml.WriteElementString(
                "TaskUID",
                ns,
                taskUids.TryGetValue(assignment.Activity, out int task)
                    ? Number(task)
                    : throw new ArgumentException(
                        $"An assignment names activity '{assignment.Activity}', which the project does not have.",
                        nameof(assignments)
                    )
            );
            xml.WriteElementString(
                "ResourceUID",
                ns,
                resourceUids.TryGetValue(assignment.Resource, out int resource)
                    ? Number(resource)
                    : throw new ArgumentException(
                        $"An assignment names resource '{assignment.Resource}', which the file does not have.",
                        nameof(assignments)
                    )
            );
            xml.WriteElementString("ActualWork", ns, Span(assignment.ActualWork.ToDuration()));
            xml.WriteElementString("RemainingWork", ns, Span(assignment.RemainingWork.ToDuration()));
            xml.WriteElementString("Units", ns, Decimal(assignment.Units));
            xml.WriteElementString("Work", ns, Span(assignment.Work.ToDuration()));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    /// <summary>The one currency of the file's amounts; Microsoft Project keeps one per file.</summary>
    private static Currency? Currencies(MspdiFile file)
    {
        var currencies = file
            .Resources.SelectMany(r =>
                new[] { r.StandardRate.Currency, r.OvertimeRate.Currency, r.CostPerUse.Currency }
            )
            .Concat(
                file.Baselines.SelectMany(b => b.Entries)
                    .Where(e => e.Cost is not null)
                    .Select(e => e.Cost!.Value.Currency)
            )
            .Where(c => c != Currency.None)
            .Distinct()
            .ToList();
        return currencies.Count switch
        {
            0 => null,
            1 => currencies[0],
            _ => throw new ArgumentException(
                $"Amounts are in {string.Join(", ", currencies)}; a Microsoft Project file keeps one currency.",
                nameof(file)
            ),
        };
    }

    private static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static void WriteCalendar(XmlWriter xml, string ns, WorkCalendar calendar, Dictionary<CalendarId, int> uids)
    {
        xml.WriteStartElement("Calendar", ns);
        xml.WriteElementString("UID", ns, Number(uids[calendar.Id]));
        xml.WriteElementString("Name", ns, calendar.Name ?? calendar.Id.Value);
        xml.WriteElementString("IsBaseCalendar", ns, calendar.Base is null ? "1" : "0");
        xml.WriteElementString("BaseCalendarUID", ns, calendar.Base is WorkCalendar b ? Number(uids[b.Id]) : "-1");
        xml.WriteStartElement("WeekDays", ns);
        for (int dayType = 1; dayType <= 7; dayType++)
        {
            IsoDayOfWeek day = dayType == 1 ? IsoDayOfWeek.Sunday : (IsoDayOfWeek)(dayType - 1);
            WorkingDay? working =
                calendar.Base is null ? calendar.Week[day]
                : calendar.WeekDayOverrides.TryGetValue(day, out WorkingDay? own) ? own
                : null;
            if (working is null)
            {
                continue;
            }
            xml.WriteStartElement("WeekDay", ns);
            xml.WriteElementString("DayType", ns, Number(dayType));
            WriteWorkingTimes(xml, ns, working);
            xml.WriteEndElement();
        }
        foreach (CalendarException exception in calendar.Exceptions)
        {
            xml.WriteStartElement("WeekDay", ns);
            xml.WriteElementString("DayType", ns, "0");
            xml.WriteStartElement("TimePeriod", ns);
            xml.WriteElementString("FromDate", ns, DateTimePattern.Format(exception.Dates.Start.AtMidnight()));
            xml.WriteElementString("ToDate", ns, DateTimePattern.Format(exception.Dates.End.At(new LocalTime(23, 59))));
            xml.WriteEndElement();
            WriteWorkingTimes(xml, ns, exception.WorkingTime);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteWorkingTimes(XmlWriter xml, string ns, WorkingDay day)
    {
        xml.WriteElementString("DayWorking", ns, day.IsWorkingDay ? "1" : "0");
        if (!day.IsWorkingDay)
        {
            return;
        }
        xml.WriteStartElement("WorkingTimes", ns);
        foreach (WorkingInterval interval in day.Intervals)
        {
            xml.WriteStartElement("WorkingTime", ns);
            xml.WriteElementString("FromTime", ns, LocalTimePattern.ExtendedIso.Format(interval.Start));
            xml.WriteElementString("ToTime", ns, LocalTimePattern.ExtendedIso.Format(interval.End));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void WriteLink(XmlWriter xml, string ns, Dependency link, Dictionary<ActivityId, int> uids)
    {
        xml.WriteStartElement("PredecessorLink", ns);
        xml.WriteElementString("PredecessorUID", ns, Number(uids[link.Predecessor]));
        xml.WriteElementString(
            "Type",
            ns,
            link.Type switch
            {
                DependencyType.FinishToFinish => "0",
                DependencyType.StartToFinish => "2",
                DependencyType.StartToStart => "3",
                _ => "1",
            }
        );
        (long tenths, int format) = link.Lag.Kind switch
        {
            LagKind.PercentOfPredecessor => ((long)decimal.Round(link.Lag.Percent * 10m), 19),
            LagKind.Elapsed => (TenthsOfMinutes(link.Lag.Time), 6),
            _ => (TenthsOfMinutes(link.Lag.Time), 7),
        };
        xml.WriteElementString("LinkLag", ns, tenths.ToString(CultureInfo.InvariantCulture));
        xml.WriteElementString("LagFormat", ns, Number(format));
        xml.WriteEndElement();
    }

    private static long TenthsOfMinutes(Duration duration) => (long)Math.Round(duration.TotalMilliseconds / 6_000d);

    private static (int Type, LocalDateTime? Date) Constraint(ScheduleConstraint constraint) =>
        constraint.Type switch
        {
            ConstraintType.AsLateAsPossible => (1, null),
            ConstraintType.MustStartOn => (2, constraint.Date),
            ConstraintType.MustFinishOn => (3, constraint.Date),
            ConstraintType.StartNoEarlierThan => (4, constraint.Date),
            ConstraintType.StartNoLaterThan => (5, constraint.Date),
            ConstraintType.FinishNoEarlierThan => (6, constraint.Date),
            ConstraintType.FinishNoLaterThan => (7, constraint.Date),
            _ => (0, null),
        };

    private static string Span(Duration duration)
    {
        long seconds = (long)Math.Round(duration.TotalSeconds);
        return string.Create(CultureInfo.InvariantCulture, $"PT{seconds / 3600}H{seconds / 60 % 60}M{seconds % 60}S");
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static List<Activity> OutlineOrder(Project project)
    {
        var children = project.Activities.Where(a => a.Parent is not null).ToLookup(a => a.Parent!.Value);
        var ordered = new List<Activity>(project.Activities.Length);
        void Visit(Activity activity)
        {
            ordered.Add(activity);
            foreach (Activity child in children[activity.Id])
            {
                Visit(child);
            }
        }
        foreach (Activity root in project.Activities.Where(a => a.Parent is null))
        {
            Visit(root);
        }
        return ordered;
    }

    private static List<WorkCalendar> Calendars(Project project, MspdiFile file)
    {
        var seen = new Dictionary<CalendarId, WorkCalendar>();
        void Add(WorkCalendar calendar)
        {
            if (calendar.Base is WorkCalendar b)
            {
                Add(b);
            }
            seen.TryAdd(calendar.Id, calendar);
        }
        Add(project.Calendar);
        foreach (Activity activity in project.Activities)
        {
            Add(project.CalendarOf(activity));
        }
        foreach (MspdiResource resource in file.Resources)
        {
            if (resource.Calendar is CalendarId id && file.Calendars.TryGetValue(id, out WorkCalendar? calendar))
            {
                Add(calendar);
            }
        }
        return [.. seen.Values];
    }
}
