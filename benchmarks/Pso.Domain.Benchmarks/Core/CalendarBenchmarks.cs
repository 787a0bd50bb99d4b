using BenchmarkDotNet.Attributes;
using NodaTime;
using Pso.Domain.Calendars;

namespace Pso.Domain.Benchmarks.Core;

/// <summary>Working-time arithmetic on a standard calendar with 50 holidays a year.</summary>
[MemoryDiagnoser]
public class CalendarBenchmarks
{
    private static readonly LocalDateTime Start = new(2026, 3, 2, 10, 30);

    private WorkCalendar _calendar = null!;

    [Params("1 day", "1 month", "5 years")]
    public string Span { get; set; } = "1 day";

    private Duration _workingTime;
    private LocalDateTime _end;

    [GlobalSetup]
    public void Setup()
    {
        _calendar = BenchmarkCalendars.WithHolidays(50, seed: 42);
        _workingTime = Span switch
        {
            "1 day" => Duration.FromHours(8),
            "1 month" => Duration.FromHours(8 * 21),
            _ => Duration.FromHours(8 * 250 * 5),
        };
        _end = _calendar.AddWorkingTime(Start, _workingTime);
    }

    [Benchmark]
    public LocalDateTime AddWorkingTime() => _calendar.AddWorkingTime(Start, _workingTime);

    [Benchmark]
    public LocalDateTime SubtractWorkingTime() => _calendar.SubtractWorkingTime(_end, _workingTime);

    [Benchmark]
    public Duration WorkingTimeBetween() => _calendar.WorkingTimeBetween(Start, _end);
}
