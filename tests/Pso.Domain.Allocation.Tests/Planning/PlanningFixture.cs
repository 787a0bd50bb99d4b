using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Pso.Domain.Allocation.Planning;
using Pso.Domain.Calendars;
using Pso.Domain.Resources;
using Pso.Domain.Scheduling;

namespace Pso.Domain.Allocation.Tests.Planning;

/// <summary>A small portfolio in dates: two projects on the standard calendar from Monday 4 January 2027, three people
/// (Aisha on leave 6-8 Jan, Mei booked on another project on 4-5 Jan, Ravi a tester), and what each activity
/// needs.</summary>
internal static class PlanningFixture
{
    internal static readonly LocalDate Monday = new(2027, 1, 4);
    internal static readonly RoleId Developer = new("developer");
    internal static readonly RoleId Tester = new("tester");
    internal static readonly SkillId Sql = new("SQL");

    internal static LocalDateTime At(int day, int hour = 8) => Monday.PlusDays(day).At(new LocalTime(hour, 0));

    internal static Activity Task(string id, int days) => new(new ActivityId(id), id, Duration.FromHours(8 * days));

    internal static Dependency Link(string from, string to, DependencyType type = DependencyType.FinishToStart) =>
        new(new ActivityId(from), new ActivityId(to), type);

    internal static Resource Aisha { get; } =
        new(new ResourceId("aisha"), "Aisha", WorkCalendar.Standard)
        {
            Roles = [Developer],
            Skills = [new ResourceSkill(Sql, 3)],
            Absences = [new Absence(new DateInterval(Monday.PlusDays(2), Monday.PlusDays(4)))],
        };

    internal static Resource Mei { get; } =
        new(new ResourceId("mei"), "Mei", WorkCalendar.Standard) { Roles = [Developer] };

    internal static Resource Ravi { get; } =
        new(new ResourceId("ravi"), "Ravi", WorkCalendar.Standard) { Roles = [Tester] };

    internal static ResourcePool Pool { get; } = new([Aisha, Mei, Ravi]);

    internal static Booking MeiElsewhere { get; } =
        new(
            new BookingId("mei-bcn"),
            Mei.Id,
            new ProjectId("BCN-SYNC"),
            new DateInterval(Monday, Monday.PlusDays(1)),
            BookingLoad.OfUnits(1m)
        );

    internal static Project Alpha { get; } =
        new(
            new ProjectId("ALPHA"),
            "Alpha",
            WorkCalendar.Standard,
            At(0),
            [Task("design", 2), Task("build", 3), Task("test", 2)],
            [Link("design", "build"), Link("build", "test")]
        );

    internal static Project Beta { get; } =
        new(
            new ProjectId("BETA"),
            "Beta",
            WorkCalendar.Standard,
            At(0),
            [Task("schema", 2), Task("api", 2)],
            [Link("schema", "api", DependencyType.StartToStart)]
        );

    internal static IEnumerable<ResourceRequirement> Requirements { get; } =
    [
        new(Alpha.Id, new ActivityId("design")) { Role = Developer },
        new(Alpha.Id, new ActivityId("build")) { Role = Developer },
        new(Alpha.Id, new ActivityId("test")) { Role = Tester },
        new(Beta.Id, new ActivityId("schema")) { Skills = [new SkillRequirement(Sql, 3)] },
        new(Beta.Id, new ActivityId("api")) { Role = Developer },
    ];

    internal static Portfolio Portfolio(params PortfolioProject[] extra) =>
        new(
            [new PortfolioProject(Alpha) { Priority = 800 }, new PortfolioProject(Beta), .. extra],
            Requirements,
            Pool,
            Monday,
            [MeiElsewhere]
        );

    internal static PlannedActivity Of(PortfolioPlan plan, string project, string activity) =>
        plan.Activities.Single(a => a.Activity == new ActivityRef(new ProjectId(project), new ActivityId(activity)));
}
