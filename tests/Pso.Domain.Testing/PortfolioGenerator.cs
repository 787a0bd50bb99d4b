using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Pso.Domain.Allocation.Planning;
using Pso.Domain.Calendars;
using Pso.Domain.Resources;
using Pso.Domain.Scheduling;
using Pso.Domain.Scheduling.Cpm;

namespace Pso.Domain.Testing;

/// <summary>The size of a generated portfolio.</summary>
/// <param name="Projects">How many projects.</param>
/// <param name="Activities">Activities per project (tasks and milestones; phases come on top).</param>
/// <param name="People">How many people.</param>
/// <param name="Months">Over how many months the projects start and the people take leave.</param>
public sealed record PortfolioShape(int Projects, int Activities, int People, int Months);

/// <summary>
/// Seeded portfolios in the shape a project support office has: projects with phases (WBS), every link type with lags
/// and leads, deadlines and priorities; people with roles and skills, part-time weeks and half-time units, public
/// holidays and leave; some bookings already made on business-as-usual work. The same shape and seed give the same
/// portfolio.
/// </summary>
public static class PortfolioGenerator
{
    /// <summary>Gets the status date of every generated portfolio: Monday 4 January 2027.</summary>
    public static LocalDate StatusDate { get; } = new(2027, 1, 4);

    /// <summary>Gets the roles people hold.</summary>
    public static ImmutableArray<RoleId> Roles { get; } =
    [new("developer"), new("developer"), new("developer"), new("tester"), new("analyst"), new("designer")];

    /// <summary>Gets the skills people hold.</summary>
    public static ImmutableArray<SkillId> Skills { get; } = [new("sql"), new("java"), new("react"), new("cloud")];

    /// <summary>Gets the office calendar: the standard week with the public holidays of 2027 and 2028.</summary>
    public static WorkCalendar Office { get; } =
        WorkCalendar.Standard.Derive(
            new CalendarId("office"),
            new[]
            {
                new LocalDate(2027, 4, 2),
                new LocalDate(2027, 4, 5),
                new LocalDate(2027, 5, 3),
                new LocalDate(2027, 5, 31),
                new LocalDate(2027, 8, 30),
                new LocalDate(2027, 12, 27),
                new LocalDate(2027, 12, 28),
                new LocalDate(2028, 4, 14),
                new LocalDate(2028, 4, 17),
                new LocalDate(2028, 5, 1),
                new LocalDate(2028, 12, 25),
                new LocalDate(2028, 12, 26),
            }.Select(d => CalendarException.Holiday(d, "public holiday")),
            name: "Office"
        );

    /// <summary>Gets the calendar of people who do not work on Fridays.</summary>
    public static WorkCalendar FourDays { get; } =
        Office.Derive(
            new CalendarId("four-days"),
            weekDays: new Dictionary<IsoDayOfWeek, WorkingDay> { [IsoDayOfWeek.Friday] = WorkingDay.NonWorking },
            name: "Four days"
        );

    /// <summary>Generates a portfolio.</summary>
    /// <param name="shape">Its size.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The portfolio.</returns>
    public static Portfolio Generate(PortfolioShape shape, int seed)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var random = new Random(seed);
        int spanDays = Math.Max(28, shape.Months * 30);
        List<Resource> people = [.. Enumerable.Range(0, shape.People).Select(i => Person(i, random, spanDays))];
        var pool = new ResourcePool(people);
        var bookings = new List<Booking>();
        foreach (Resource person in people.Where(_ => random.NextDouble() < 0.15))
        {
            LocalDate start = StatusDate.PlusDays(random.Next(0, spanDays));
            bookings.Add(
                new Booking(
                    new BookingId($"bau-{person.Id}"),
                    person.Id,
                    new ProjectId("BAU"),
                    new DateInterval(start, start.PlusDays(random.Next(4, 21))),
                    BookingLoad.OfUnits(random.NextDouble() < 0.5 ? 0.5m : 1m)
                )
                {
                    Status = random.NextDouble() < 0.8 ? BookingStatus.Confirmed : BookingStatus.Tentative,
                }
            );
        }
        var projects = new List<PortfolioProject>();
        var requirements = new List<ResourceRequirement>();
        for (int p = 0; p < shape.Projects; p++)
        {
            (PortfolioProject project, List<ResourceRequirement> needs) = Project(p, shape, random, people, spanDays);
            projects.Add(project);
            requirements.AddRange(needs);
        }
        var links = new List<PortfolioLink>();
        for (int p = 1; p < shape.Projects; p++)
        {
            if (random.NextDouble() < 0.2)
            {
                PortfolioProject from = projects[random.Next(0, p)];
                PortfolioProject to = projects[p];
                Activity last = from.Network.Activities.Last(a => a.Kind != ActivityKind.Summary);
                Activity first = to.Network.Activities.First(a => a.Kind != ActivityKind.Summary);
                links.Add(new PortfolioLink(from.Id, last.Id, to.Id, first.Id) { Type = DependencyType.StartToStart });
            }
        }
        return new Portfolio(projects, requirements, pool, StatusDate, bookings, links);
    }

    private static Resource Person(int i, Random random, int spanDays)
    {
        bool fourDays = random.NextDouble() < 0.1;
        RoleId role = Roles[random.Next(Roles.Length)];
        var skills = Skills
            .OrderBy(_ => random.Next())
            .Take(random.Next(1, 3))
            .Select(s => new ResourceSkill(s, random.Next(1, 6)))
            .ToImmutableArray();
        var absences = new List<Absence>();
        int blocks = random.Next(1, 4);
        for (int b = 0; b < blocks; b++)
        {
            LocalDate start = StatusDate.PlusDays(random.Next(0, spanDays));
            absences.Add(
                new Absence(
                    new DateInterval(start, start.PlusDays(random.Next(0, 10))),
                    random.NextDouble() < 0.8 ? AbsenceKind.Holiday : AbsenceKind.SickLeave
                )
            );
        }
        return new Resource(new ResourceId($"p{i:D4}"), $"Person {i:D4}", fourDays ? FourDays : Office)
        {
            Roles = [role],
            Skills = skills,
            Absences = [.. Merge(absences)],
            Availability = random.NextDouble() < 0.05 ? [new AvailabilityChange(StatusDate, 0.5m)] : [],
        };
    }

    private static IEnumerable<Absence> Merge(List<Absence> absences)
    {
        Absence? open = null;
        foreach (Absence next in absences.OrderBy(a => a.Dates.Start))
        {
            if (open is not null && next.Dates.Start <= open.Dates.End.PlusDays(1))
            {
                LocalDate end = LocalDate.Max(open.Dates.End, next.Dates.End);
                open = open with { Dates = new DateInterval(open.Dates.Start, end) };
                continue;
            }
            if (open is not null)
            {
                yield return open;
            }
            open = next;
        }
        if (open is not null)
        {
            yield return open;
        }
    }

    private static (PortfolioProject, List<ResourceRequirement>) Project(
        int p,
        PortfolioShape shape,
        Random random,
        List<Resource> people,
        int spanDays
    )
    {
        var id = new ProjectId($"PRJ-{p:D3}");
        LocalDate startDate = StatusDate.PlusDays(random.Next(0, Math.Max(1, spanDays / 2)));
        int phases = Math.Max(1, shape.Activities / 10);
        var activities = new List<Activity>();
        var links = new List<Dependency>();
        var requirements = new List<ResourceRequirement>();
        var tasks = new List<ActivityId>();
        int perPhase = (shape.Activities + phases - 1) / phases;
        int made = 0;
        for (int f = 0; f < phases && made < shape.Activities; f++)
        {
            var phase = new ActivityId($"PH{f + 1}");
            activities.Add(
                new Activity(phase, $"Phase {f + 1}", Duration.Zero, ActivityKind.Summary)
                {
                    OutlineNumber = $"{f + 1}",
                }
            );
            for (int k = 0; k < perPhase && made < shape.Activities; k++, made++)
            {
                var task = new ActivityId($"T{made + 1:D3}");
                bool milestone = k == perPhase - 1 && random.NextDouble() < 0.5;
                activities.Add(
                    new Activity(
                        task,
                        $"Task {made + 1}",
                        milestone ? Duration.Zero : Duration.FromHours(8 * random.Next(1, 11)),
                        milestone ? ActivityKind.Milestone : ActivityKind.Task
                    )
                    {
                        Parent = phase,
                        OutlineNumber = $"{f + 1}.{k + 1}",
                    }
                );
                if (tasks.Count > 0)
                {
                    ActivityId before =
                        k > 0 && random.NextDouble() < 0.7 ? tasks[^1] : tasks[random.Next(tasks.Count)];
                    links.Add(Link(before, task, random));
                    if (tasks.Count > 2 && random.NextDouble() < 0.2)
                    {
                        ActivityId other = tasks[random.Next(tasks.Count - 1)];
                        if (other != before)
                        {
                            links.Add(Link(other, task, random));
                        }
                    }
                }
                tasks.Add(task);
                if (!milestone)
                {
                    requirements.Add(Requirement(id, task, random, people));
                }
            }
        }
        var network = new Project(id, $"Project {p:D3}", Office, startDate.At(new LocalTime(8, 0)), activities, links);
        LocalDateTime finish = new CpmScheduler().Schedule(network).Finish;
        int span = Period.DaysBetween(startDate, finish.Date);
        LocalDate due = finish.Date.PlusDays((int)(span * random.NextDouble() * 0.3));
        return (
            new PortfolioProject(network)
            {
                Priority = random.Next(1, 10) * 100,
                Deadline = due.At(new LocalTime(17, 0)),
            },
            requirements
        );
    }

    private static Dependency Link(ActivityId from, ActivityId to, Random random)
    {
        double kind = random.NextDouble();
        (DependencyType type, int lagDays) =
            kind < 0.75 ? (DependencyType.FinishToStart, random.NextDouble() < 0.2 ? random.Next(-1, 3) : 0)
            : kind < 0.9 ? (DependencyType.StartToStart, random.Next(0, 3))
            : kind < 0.98 ? (DependencyType.FinishToFinish, random.Next(0, 2))
            : (DependencyType.StartToFinish, random.Next(1, 3));
        return new Dependency(from, to, type, Lag.Working(Duration.FromHours(8 * lagDays)));
    }

    private static ResourceRequirement Requirement(
        ProjectId project,
        ActivityId task,
        Random random,
        List<Resource> people
    )
    {
        double kind = random.NextDouble();
        decimal units = random.NextDouble() switch
        {
            < 0.05 => 0.5m,
            < 0.10 => 2m,
            _ => 1m,
        };
        if (kind < 0.1 && people.Count > 0)
        {
            Resource person = people[random.Next(people.Count)];
            return new ResourceRequirement(project, task) { Person = person.Id, Units = Math.Min(units, 1m) };
        }
        if (kind < 0.25)
        {
            SkillId skill = Skills[random.Next(Skills.Length)];
            return new ResourceRequirement(project, task)
            {
                Skills = [new SkillRequirement(skill, random.Next(1, 4))],
                Units = units,
            };
        }
        return new ResourceRequirement(project, task) { Role = Roles[random.Next(Roles.Length)], Units = units };
    }
}
