using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using Pso.Domain.Allocation.Planning;
using Pso.Domain.Calendars;
using Pso.Domain.Resources;
using Pso.Domain.Scheduling;
using Pso.Domain.Testing;
using Activity = Pso.Domain.Scheduling.Activity;
using ActivityKind = Pso.Domain.Scheduling.ActivityKind;

namespace Pso.Domain.Benchmarks.Allocation;

/// <summary>
/// The same portfolio for TaskJuggler (tj3): written as a <c>.tjp</c> project (people with their working weeks,
/// holidays, leave and half-time limits; the bookings already made as fixed tasks; each project's phases and tasks with
/// effort, allocations with alternatives and dependencies), scheduled by <c>tj3</c>, and read back as activity dates
/// and day-by-day bookings from its CSV task report and its exported bookings.
/// </summary>
/// <remarks>TaskJuggler has finish-to-start and start-to-start dependencies with non-negative gaps: leads are written
/// as no gap, and finish-to-finish and start-to-finish links as start-to-start gaps over the planned durations. Its
/// effort tasks stretch around a person's days off, where ours keep their duration; the plan checker reports both
/// differences.</remarks>
internal static partial class TaskJuggler
{
    private static readonly LocalDateTimePattern Moment = LocalDateTimePattern.CreateWithInvariantCulture(
        "uuuu-MM-dd HH:mm"
    );

    /// <summary>Writes the portfolio as a TaskJuggler project.</summary>
    /// <param name="portfolio">The portfolio.</param>
    /// <param name="months">Its months, for the project's time frame.</param>
    /// <param name="startLinks">Whether to write the start-to-start gaps (start-to-start, finish-to-finish and
    /// start-to-finish links); without them tj3 schedules portfolios whose start gaps it cannot meet.</param>
    internal static string Write(Portfolio portfolio, int months, bool startLinks = true)
    {
        var tjp = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        LocalDate start = portfolio.StatusDate;
        tjp.AppendLine(inv, $"project pso \"PSO portfolio\" {start:uuuu-MM-dd} +{Math.Max(48, months * 6)}m {{");
        tjp.AppendLine("  timezone \"UTC\"");
        tjp.AppendLine("  timeformat \"%Y-%m-%d %H:%M\"");
        tjp.AppendLine("  dailyworkinghours 8");
        tjp.AppendLine("  workinghours mon - fri 8:00 - 12:00, 13:00 - 17:00");
        tjp.AppendLine("  workinghours sat, sun off");
        tjp.AppendLine(inv, $"  now {start:uuuu-MM-dd}");
        tjp.AppendLine("}");
        foreach (CalendarException holiday in PortfolioGenerator.Office.Exceptions)
        {
            tjp.AppendLine(
                inv,
                $"leaves holiday \"public holiday\" {holiday.Dates.Start:uuuu-MM-dd} - {holiday.Dates.End.PlusDays(1):uuuu-MM-dd}"
            );
        }
        foreach (Resource person in portfolio.Pool.Resources)
        {
            tjp.AppendLine(inv, $"resource {Id(person.Id.Value)} \"{person.Name}\" {{");
            if (!person.Calendar.IsWorkingDay(new LocalDate(2027, 1, 8)))
            {
                tjp.AppendLine("  workinghours fri off");
            }
            foreach (Absence absence in person.Absences)
            {
                tjp.AppendLine(
                    inv,
                    $"  leaves annual {absence.Dates.Start:uuuu-MM-dd} - {absence.Dates.End.PlusDays(1):uuuu-MM-dd}"
                );
            }
            decimal units = person.UnitsOn(start);
            if (units < 1m)
            {
                tjp.AppendLine(inv, $"  limits {{ dailymax {units * 8m:0.##}h }}");
            }
            tjp.AppendLine("}");
        }
        foreach (Booking booking in portfolio.Bookings)
        {
            tjp.AppendLine(inv, $"task {Id("bau_" + booking.Id.Value)} \"{booking.Project}\" {{");
            tjp.AppendLine(
                inv,
                $"  start {booking.Dates.Start:uuuu-MM-dd} end {booking.Dates.End.PlusDays(1):uuuu-MM-dd} priority 1000"
            );
            tjp.AppendLine(inv, $"  allocate {Id(booking.Resource.Value)}");
            if (booking.Load.IsUnits && booking.Load.Units < 1m)
            {
                tjp.AppendLine(inv, $"  limits {{ dailymax {booking.Load.Units * 8m:0.##}h }}");
            }
            tjp.AppendLine("}");
        }
        var requirements = portfolio.Requirements.ToLookup(r => new ActivityRef(r.Project, r.Activity));
        var crossLinks = portfolio.Links.ToLookup(l => new ActivityRef(l.SuccessorProject, l.Successor));
        foreach (PortfolioProject project in portfolio.Projects)
        {
            WriteProject(tjp, portfolio, project, requirements, crossLinks, startLinks);
        }
        tjp.AppendLine("taskreport \"tasks\" { formats csv columns id, start, end hidetask ~isleaf() }");
        tjp.AppendLine("export \"bookings\" { definitions - taskattributes booking resourceattributes - }");
        return tjp.ToString();
    }

    private static void WriteProject(
        StringBuilder tjp,
        Portfolio portfolio,
        PortfolioProject project,
        ILookup<ActivityRef, ResourceRequirement> requirements,
        ILookup<ActivityRef, PortfolioLink> crossLinks,
        bool startLinks
    )
    {
        var inv = CultureInfo.InvariantCulture;
        Project network = project.Network;
        tjp.AppendLine(inv, $"task {Id(project.Id.Value)} \"{network.Name}\" {{");
        tjp.AppendLine(inv, $"  priority {Math.Clamp(project.Priority, 1, 1000)}");
        tjp.AppendLine(inv, $"  start {LocalDate.Max(network.Start.Date, portfolio.StatusDate):uuuu-MM-dd}");
        var children = network.Activities.ToLookup(a => a.Parent);
        var incoming = network.Dependencies.ToLookup(d => d.Successor);
        void Write(Activity activity, string indent)
        {
            tjp.AppendLine(inv, $"{indent}task {Id(activity.Id.Value)} \"{activity.Name}\" {{");
            if (activity.Kind == ActivityKind.Summary)
            {
                foreach (Activity child in children[activity.Id])
                {
                    Write(child, indent + "  ");
                }
                tjp.AppendLine(inv, $"{indent}}}");
                return;
            }
            var reference = new ActivityRef(project.Id, activity.Id);
            var depends = new List<string>();
            foreach (
                Dependency link in incoming[activity.Id]
                    .Where(l => startLinks || l.Type == DependencyType.FinishToStart)
            )
            {
                Activity predecessor = network.GetActivity(link.Predecessor);
                depends.Add(
                    Depends(
                        Path(network, project.Id, predecessor),
                        link.Type,
                        Days(link.Lag.Time),
                        Days(predecessor.Duration),
                        Days(activity.Duration)
                    )
                );
            }
            foreach (
                PortfolioLink link in crossLinks[reference]
                    .Where(l => startLinks || l.Type == DependencyType.FinishToStart)
            )
            {
                Project other = portfolio.Projects.First(p => p.Id == link.PredecessorProject).Network;
                Activity predecessor = other.GetActivity(link.Predecessor);
                depends.Add(
                    Depends(
                        Path(other, other.Id, predecessor),
                        link.Type,
                        Days(link.Lag),
                        Days(predecessor.Duration),
                        Days(activity.Duration)
                    )
                );
            }
            if (depends.Count > 0)
            {
                tjp.AppendLine(inv, $"{indent}  depends {string.Join(", ", depends)}");
            }
            int days = Days(activity.Duration);
            List<(decimal Units, List<Resource> People)> needs =
            [
                .. requirements[reference]
                    .Select(r =>
                        (r.Units, portfolio.Pool.Resources.Where(p => r.IsMetBy(p, portfolio.StatusDate)).ToList())
                    )
                    .Where(n => n.Item2.Count > 0),
            ];
            if (activity.Kind == ActivityKind.Milestone || days == 0)
            {
                tjp.AppendLine(inv, $"{indent}  milestone");
            }
            else if (needs.Count == 0)
            {
                tjp.AppendLine(inv, $"{indent}  length {days}d");
            }
            else
            {
                decimal effort = needs.Sum(n => n.Units) * days;
                tjp.AppendLine(inv, $"{indent}  effort {effort:0.##}d");
                foreach ((decimal units, List<Resource> people) in needs)
                {
                    int whole = Math.Max(1, (int)Math.Ceiling(units));
                    for (int k = 0; k < whole; k++)
                    {
                        List<Resource> order = [.. people.Skip(k % people.Count), .. people.Take(k % people.Count)];
                        string alternatives =
                            order.Count > 1
                                ? $" {{ alternative {string.Join(", ", order.Skip(1).Select(p => Id(p.Id.Value)))} select minloaded persistent }}"
                                : "";
                        tjp.AppendLine(inv, $"{indent}  allocate {Id(order[0].Id.Value)}{alternatives}");
                    }
                    if (units < 1m)
                    {
                        tjp.AppendLine(inv, $"{indent}  limits {{ dailymax {units * 8m:0.##}h }}");
                    }
                }
            }
            tjp.AppendLine(inv, $"{indent}}}");
        }
        foreach (Activity top in children[null])
        {
            Write(top, "  ");
        }
        tjp.AppendLine("}");
    }

    private static string Depends(string path, DependencyType type, int lag, int predecessorDays, int successorDays)
    {
        (bool onStart, int gap) = type switch
        {
            DependencyType.StartToStart => (true, lag),
            DependencyType.FinishToFinish => (true, predecessorDays + lag - successorDays),
            DependencyType.StartToFinish => (true, lag - successorDays),
            _ => (false, lag),
        };
        var attributes = new List<string>();
        if (onStart)
        {
            attributes.Add("onstart");
        }
        if (gap > 0)
        {
            attributes.Add(string.Create(CultureInfo.InvariantCulture, $"gaplength {gap}d"));
        }
        return attributes.Count == 0 ? path : $"{path} {{ {string.Join(" ", attributes)} }}";
    }

    private static string Path(Project network, ProjectId project, Activity activity)
    {
        var parts = new List<string> { Id(activity.Id.Value) };
        for (ActivityId? parent = activity.Parent; parent is ActivityId p; parent = network.GetActivity(p).Parent)
        {
            parts.Insert(0, Id(p.Value));
        }
        parts.Insert(0, Id(project.Value));
        return string.Join(".", parts);
    }

    private static int Days(Duration duration) => (int)Math.Round(duration.TotalHours / 8);

    private static string Id(string id) => IdCharacters().Replace(id, "_");

    [GeneratedRegex("[^A-Za-z0-9_]")]
    private static partial Regex IdCharacters();

    [GeneratedRegex(@"^booking\s+(\S+)\s+(?<date>\d{4}-\d{2}-\d{2})-\d{2}:\d{2}-\+0000\s+\+\s+(?<hours>[0-9.]+)h")]
    private static partial Regex BookingLine();

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})-\d{2}:\d{2}-\+0000\s+\+\s+(?<hours>[0-9.]+)h")]
    private static partial Regex SlotLine();

    /// <summary>Runs tj3 on a project in a directory and reads its plan back: each leaf task's dates, and each
    /// person's hours on each task day by day.</summary>
    internal static (List<PlannedActivity> Activities, List<Booking> Bookings, double Seconds) Run(
        Portfolio portfolio,
        string tjp,
        string directory
    )
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(System.IO.Path.Combine(directory, "portfolio.tjp"), tjp);
        long started = Stopwatch.GetTimestamp();
        var info = new ProcessStartInfo("tj3", "--no-color portfolio.tjp")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using Process process = Process.Start(info) ?? throw new InvalidOperationException("tj3 did not start.");
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        double seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        string csv = System.IO.Path.Combine(directory, "tasks.csv");
        if (process.ExitCode != 0 || !File.Exists(csv))
        {
            string error = output
                .Split('\n', '\r')
                .FirstOrDefault(l => l.Contains("Error:", StringComparison.Ordinal))
                ?.Trim()
                ?? $"exit code {process.ExitCode}";
            throw new InvalidOperationException($"tj3 could not schedule the portfolio: {error}");
        }
        var byPath = new Dictionary<string, ActivityRef>();
        foreach (PortfolioProject project in portfolio.Projects)
        {
            foreach (Activity activity in project.Network.Activities.Where(a => a.Kind != ActivityKind.Summary))
            {
                byPath[Path(project.Network, project.Id, activity)] = new ActivityRef(project.Id, activity.Id);
            }
        }
        var activities = new List<PlannedActivity>();
        foreach (string line in File.ReadLines(csv).Skip(1))
        {
            string[] cells = line.Split(';').Select(c => c.Trim('"')).ToArray();
            if (cells.Length >= 3 && byPath.TryGetValue(cells[0], out ActivityRef reference))
            {
                LocalDateTime from = Moment.Parse(cells[1]).Value;
                LocalDateTime to = Moment.Parse(cells[2]).Value;
                activities.Add(new PlannedActivity(reference, from, to, from, to, Duration.Zero));
            }
        }
        var hours = new Dictionary<(ActivityRef, string), SortedDictionary<LocalDate, decimal>>();
        ActivityRef? current = null;
        string? resource = null;
        foreach (string line in File.ReadLines(System.IO.Path.Combine(directory, "bookings.tji")))
        {
            string trimmed = line.Trim();
            if (trimmed.StartsWith("supplement task ", StringComparison.Ordinal))
            {
                string path = trimmed["supplement task ".Length..].TrimEnd('{', ' ');
                current = byPath.TryGetValue(path, out ActivityRef r) ? r : null;
                resource = null;
                continue;
            }
            Match booking = BookingLine().Match(trimmed);
            Match slot = booking.Success ? booking : SlotLine().Match(trimmed);
            if (booking.Success)
            {
                resource = booking.Groups[1].Value;
            }
            if (current is ActivityRef task && resource is not null && slot.Success)
            {
                AddBooking(hours, task, resource, slot.Groups["date"].Value, slot.Groups["hours"].Value);
            }
        }
        List<Booking> bookings =
        [
            .. hours.Select(h =>
            {
                LocalDate first = h.Value.Keys.First();
                LocalDate last = h.Value.Keys.Last();
                int days = Period.DaysBetween(first, last) + 1;
                var work = Enumerable
                    .Range(0, days)
                    .Select(d => Work.FromHours(h.Value.GetValueOrDefault(first.PlusDays(d))))
                    .ToArray();
                ResourceId person = portfolio.Pool.Resources.First(p => Id(p.Id.Value) == h.Key.Item2).Id;
                return new Booking(
                    new BookingId($"tj/{h.Key.Item1}/{person}"),
                    person,
                    h.Key.Item1.Project,
                    new DateInterval(first, last),
                    BookingLoad.Hours(0m)
                )
                {
                    Activity = h.Key.Item1.Activity,
                    Contour = WorkContour.Explicit,
                    ExplicitWork = [.. work],
                    Status = BookingStatus.Tentative,
                };
            }),
        ];
        return (activities, bookings, seconds);
    }

    private static void AddBooking(
        Dictionary<(ActivityRef, string), SortedDictionary<LocalDate, decimal>> hours,
        ActivityRef task,
        string resource,
        string date,
        string amount
    )
    {
        var key = (task, resource);
        if (!hours.TryGetValue(key, out SortedDictionary<LocalDate, decimal>? days))
        {
            hours[key] = days = [];
        }
        LocalDate day = LocalDatePattern.Iso.Parse(date).Value;
        days[day] = days.GetValueOrDefault(day) + decimal.Parse(amount, CultureInfo.InvariantCulture);
    }
}
