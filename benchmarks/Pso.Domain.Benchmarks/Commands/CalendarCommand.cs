using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using Pso.Domain.Benchmarks.Core;
using Pso.Domain.Calendars;

namespace Pso.Domain.Benchmarks.Commands;

/// <summary><c>calendar</c>: how long working-time arithmetic takes over 1 day, 1 month and 5 years.</summary>
internal sealed class CalendarCommand : ICommand
{
    public string Name => "calendar";

    public string Usage => "calendar [--holidays N] [--seed S]";

    public string Description =>
        "median time of AddWorkingTime over 1 day, 1 month and 5 years on a standard calendar with N holidays a year "
        + "(default 50)";

    public int Run(IReadOnlyList<string> args)
    {
        var options = new CommandLine(args, "holidays", "seed");
        WorkCalendar calendar = BenchmarkCalendars.WithHolidays(options.Int("holidays", 50), options.Int("seed", 42));
        var start = new LocalDateTime(2026, 3, 2, 10, 30);
        foreach ((string label, int hours) in new[] { ("1 day", 8), ("1 month", 8 * 21), ("5 years", 8 * 250 * 5) })
        {
            Duration span = Duration.FromHours(hours);
            (double nanoseconds, double bytes) = Measure.Median(() => calendar.AddWorkingTime(start, span), 100_000);
            Console.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"AddWorkingTime {label, -8} {nanoseconds, 8:0.0} ns/op {bytes, 6:0} B/op  ends "
                )
                    + string.Create(
                        CultureInfo.InvariantCulture,
                        $"{calendar.AddWorkingTime(start, span):uuuu-MM-dd HH:mm}"
                    )
            );
        }
        var line = new WorkingTimeLine(calendar, start.Date);
        long far = line.PositionOf(start.PlusYears(3));
        (double toPosition, _) = Measure.Median(() => line.PositionOf(start), 100_000);
        (double toStart, _) = Measure.Median(() => line.StartAt(far), 100_000);
        (double toFinish, double lineBytes) = Measure.Median(() => line.FinishAt(far), 100_000);
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"WorkingTimeLine PositionOf {toPosition:0.0} ns/op, StartAt {toStart:0.0} ns/op, FinishAt "
            ) + string.Create(CultureInfo.InvariantCulture, $"{toFinish:0.0} ns/op, {lineBytes:0} B/op")
        );
        return 0;
    }
}
