using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Pso.Domain.Benchmarks.Core;
using Pso.Domain.Calendars;
using Pso.Domain.Resources;

namespace Pso.Domain.Benchmarks.Resources;

/// <summary>Seeded random resource pools and bookings for the capacity benchmarks: people on four calendars (the
/// standard
/// week with holidays, a four-day week, a part-time week and nights), one in five with a change of units, one in three
/// with
/// an absence, two to five skills each out of 50; bookings of one to twelve weeks in hours or units, one in five
/// contoured and one in six tentative.</summary>
public static class RandomPortfolios
{
    public static readonly LocalDate Start = new(2027, 1, 1);

    public static readonly SkillId[] Skills =
    [
        .. System
            .Linq.Enumerable.Range(0, 50)
            .Select(i => new SkillId("skill-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))),
    ];

    public static (ResourcePool Pool, Booking[] Bookings, DateInterval Horizon) Create(
        int resources,
        int days,
        int bookings,
        int seed
    )
    {
        var random = new Random(seed);
        WorkCalendar standard = BenchmarkCalendars.WithHolidays(10, seed);
        WorkCalendar[] calendars =
        [
            standard,
            standard.Derive(
                new CalendarId("four-days"),
                weekDays: new Dictionary<IsoDayOfWeek, WorkingDay> { [IsoDayOfWeek.Friday] = WorkingDay.NonWorking }
            ),
            standard.Derive(
                new CalendarId("part-time"),
                weekDays: new Dictionary<IsoDayOfWeek, WorkingDay>
                {
                    [IsoDayOfWeek.Monday] = WorkingDay.Parse("09:00-13:00"),
                    [IsoDayOfWeek.Wednesday] = WorkingDay.Parse("09:00-13:00"),
                }
            ),
            new WorkCalendar(
                new CalendarId("nights"),
                WorkWeek.Uniform(
                    WorkingDay.Parse("22:00-24:00"),
                    IsoDayOfWeek.Monday,
                    IsoDayOfWeek.Tuesday,
                    IsoDayOfWeek.Wednesday,
                    IsoDayOfWeek.Thursday
                )
            ),
        ];
        var horizon = new DateInterval(Start, Start.PlusDays(days - 1));
        var people = new Resource[resources];
        for (int r = 0; r < resources; r++)
        {
            int skills = random.Next(2, 6);
            var levels = new List<ResourceSkill>();
            var seen = new HashSet<int>();
            while (levels.Count < skills)
            {
                int s = random.Next(Skills.Length);
                if (seen.Add(s))
                {
                    levels.Add(new ResourceSkill(Skills[s], random.Next(1, 6)));
                }
            }
            LocalDate away = Start.PlusDays(random.Next(days));
            people[r] = new Resource(
                new ResourceId("R" + r.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                "Person",
                calendars[
                    random.Next(10) switch
                    {
                        < 7 => 0,
                        7 => 1,
                        8 => 2,
                        _ => 3,
                    }
                ]
            )
            {
                Skills = [.. levels],
                Availability =
                    random.Next(5) == 0
                        ? [new AvailabilityChange(Start.PlusDays(random.Next(days)), random.Next(1, 5) * 0.25m)]
                        : [],
                Absences =
                    random.Next(3) == 0 ? [new Absence(new DateInterval(away, away.PlusDays(random.Next(1, 15))))] : [],
                MaxUnits = 1m,
            };
        }
        var list = new Booking[bookings];
        for (int b = 0; b < bookings; b++)
        {
            LocalDate start = Start.PlusDays(random.Next(days));
            BookingLoad load =
                random.Next(2) == 0
                    ? BookingLoad.Hours(random.Next(1, 9))
                    : BookingLoad.OfUnits(random.Next(1, 5) * 0.25m);
            list[b] = new Booking(
                new BookingId("B" + b.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                people[random.Next(resources)].Id,
                new ProjectId("P" + random.Next(200).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new DateInterval(start, start.PlusDays(random.Next(7, 85))),
                load
            )
            {
                Contour = random.Next(5) == 0 ? (WorkContour)random.Next(1, 4) : WorkContour.Flat,
                Status = random.Next(6) == 0 ? BookingStatus.Tentative : BookingStatus.Confirmed,
            };
        }
        return (new ResourcePool(people), list, horizon);
    }
}
