using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Pso.Domain.Calendars;

namespace Pso.Domain.Testing;

/// <summary>FsCheck generators for the domain's types.</summary>
public static class DomainArbitraries
{
    private static readonly WorkingDay[] DayShapes =
    [
        WorkingDay.NonWorking,
        WorkingDay.Standard,
        WorkingDay.AllDay,
        WorkingDay.Parse("09:00-17:30"),
        WorkingDay.Parse("06:00-10:00, 10:30-14:00, 22:00-24:00"),
        WorkingDay.Parse("00:00-06:00"),
        WorkingDay.Parse("13:15-13:45"),
    ];

    public static Gen<Pso.Domain.Currency> CurrencyGen => Gen.Elements(Pso.Domain.Currency.All.ToArray());

    /// <summary>Amounts up to a trillion with 0 to 4 decimal places.</summary>
    public static Gen<decimal> AmountGen =>
        from units in Gen.Choose(-1_000_000, 1_000_000)
        from more in Gen.Choose(0, 999_999)
        from scale in Gen.Choose(0, 4)
        select ((units * 1_000_000m) + (units < 0 ? -more : more)) / Scale(scale);

    public static Arbitrary<Pso.Domain.Currency> Currency() => CurrencyGen.ToArbitrary();

    public static Arbitrary<Pso.Domain.Money> Money() =>
        (
            from amount in AmountGen
            from currency in CurrencyGen
            select new Pso.Domain.Money(amount, currency)
        ).ToArbitrary();

    public static Arbitrary<Weights> Weights() =>
        (
            from count in Gen.Choose(1, 40)
            from weights in Gen.ArrayOf(Gen.Choose(0, 1000).Select(w => w / 10m), count)
            select new Weights(weights.All(w => w == 0m) ? [.. weights.Append(1m)] : weights)
        ).ToArbitrary();

    /// <summary>Work of every grain: whole hours, minutes, seconds and odd ticks, up to the largest there can
    /// be.</summary>
    public static Gen<Pso.Domain.Work> WorkGen =>
        Gen.Frequency(
            (3, Gen.Choose(-600_000, 600_000).Select(s => Pso.Domain.Work.FromDuration(Duration.FromSeconds(s)))),
            (2, Gen.Choose(-10_000, 10_000).Select(m => Pso.Domain.Work.FromMinutes(m))),
            (
                2,
                from high in Gen.Choose(int.MinValue + 1, int.MaxValue)
                from low in Gen.Choose(0, int.MaxValue)
                select Pso.Domain.Work.FromDuration(Duration.FromTicks(((long)high << 31) + low))
            ),
            (1, Gen.Elements(Pso.Domain.Work.MaxValue, Pso.Domain.Work.MinValue, Pso.Domain.Work.Zero))
        );

    public static Arbitrary<Pso.Domain.Work> Work() => WorkGen.ToArbitrary();

    public static Gen<LocalDateTime> MomentGen =>
        from day in Gen.Choose(0, 365 * 20)
        from minute in Gen.Choose(0, (24 * 60) - 1)
        from nanos in Gen.Frequency((4, Gen.Constant(0L)), (1, Gen.Choose(0, 59_999_999).Select(n => (long)n * 1000)))
        select new LocalDate(2015, 1, 1).PlusDays(day).AtMidnight().PlusMinutes(minute).PlusNanoseconds(nanos);

    public static Arbitrary<LocalDateTime> LocalDateTime() => MomentGen.ToArbitrary();

    public static Arbitrary<WorkingTimeSpan> WorkingTimeSpan() =>
        Gen.Frequency(
                (3, Gen.Choose(1, 16 * 60).Select(m => Duration.FromMinutes(m))),
                (3, Gen.Choose(1, 2000).Select(h => Duration.FromHours(h))),
                (1, Gen.Choose(1, 20_000).Select(h => Duration.FromHours(h) + Duration.FromMinutes(17))),
                (1, Gen.Choose(1, 1_000_000).Select(n => Duration.FromNanoseconds(n * 1_001L)))
            )
            .Select(d => new WorkingTimeSpan(d))
            .ToArbitrary();

    public static Gen<WorkWeek> WeekGen =>
        from days in Gen.ArrayOf(Gen.Elements(DayShapes), 7)
        let working = days.Any(d => d.IsWorkingDay) ? days : [WorkingDay.Standard, .. days.Skip(1)]
        select new WorkWeek(Enumerable.Range(1, 7).ToDictionary(d => (IsoDayOfWeek)d, d => working[d - 1]));

    public static Gen<CalendarException[]> ExceptionsGen =>
        from count in Gen.Choose(0, 60)
        from starts in Gen.ArrayOf(Gen.Choose(0, 365 * 21), count)
        from lengths in Gen.ArrayOf(Gen.Frequency((3, Gen.Constant(1)), (2, Gen.Choose(2, 30))), count)
        from shapes in Gen.ArrayOf(Gen.Elements(DayShapes), count)
        select NonOverlapping(starts, lengths, shapes);

    public static Arbitrary<WorkCalendar> WorkCalendar() =>
        (
            from week in WeekGen
            from exceptions in ExceptionsGen
            select new WorkCalendar(new CalendarId("generated"), week, exceptions)
        ).ToArbitrary();

    public static Arbitrary<DerivedCalendar> DerivedCalendar() =>
        (
            from baseCalendar in WorkCalendar().Generator
            from own in ExceptionsGen
            from overridden in Gen.SubListOf(Enumerable.Range(1, 7).Select(d => (IsoDayOfWeek)d).ToArray())
            from shapes in Gen.ArrayOf(Gen.Elements(DayShapes), 7)
            let weekDays = overridden.ToDictionary(d => d, d => shapes[(int)d - 1])
            select new DerivedCalendar(baseCalendar, baseCalendar.Derive(new CalendarId("derived"), own, weekDays))
        ).ToArbitrary();

    private static decimal Scale(int digits) => (decimal)Math.Pow(10, digits);

    private static CalendarException[] NonOverlapping(int[] starts, int[] lengths, WorkingDay[] shapes)
    {
        var taken = new HashSet<int>();
        var result = new List<CalendarException>();
        LocalDate origin = new(2015, 1, 1);
        for (int i = 0; i < starts.Length; i++)
        {
            if (Enumerable.Range(starts[i], lengths[i]).Any(d => !taken.Add(d)))
            {
                continue;
            }
            LocalDate start = origin.PlusDays(starts[i]);
            result.Add(
                new CalendarException(
                    new DateInterval(start, start.PlusDays(lengths[i] - 1)),
                    shapes[i],
                    $"exception {i}"
                )
            );
        }
        return [.. result];
    }
}

/// <summary>Weights for allocation: none negative, at least one positive.</summary>
public sealed record Weights(decimal[] Values)
{
    public override string ToString() => $"[{string.Join(", ", Values)}]";
}

/// <summary>A positive working time.</summary>
public sealed record WorkingTimeSpan(Duration Value);

/// <summary>A calendar and one derived from it.</summary>
public sealed record DerivedCalendar(WorkCalendar Base, WorkCalendar Derived);
