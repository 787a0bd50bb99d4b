using NodaTime;
using Pso.Domain.Calendars;

namespace Pso.Domain.Scheduling.Cpm;

/// <summary>An activity of a working duration on its own calendar, at moments.</summary>
internal readonly struct MomentAxis(WorkCalendar calendar, Duration duration) : ITimeAxis<LocalDateTime>
{
    public LocalDateTime At(LocalDateTime date) => date;

    public LocalDateTime StartFor(LocalDateTime finish) => calendar.SubtractWorkingTime(finish, duration);

    public LocalDateTime FinishFor(LocalDateTime start) => calendar.AddWorkingTime(start, duration);

    public LocalDateTime Later(LocalDateTime a, LocalDateTime b) => a >= b ? a : b;

    public LocalDateTime Earlier(LocalDateTime a, LocalDateTime b) => a <= b ? a : b;
}
