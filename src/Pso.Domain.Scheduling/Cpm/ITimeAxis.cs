using NodaTime;

namespace Pso.Domain.Scheduling.Cpm;

/// <summary>
/// The arithmetic one activity is scheduled with: times on a working-time line (positions) or dates on a calendar
/// (moments). <see cref="SchedulingRules"/> states each rule once over this interface.
/// </summary>
/// <typeparam name="T">How a time is written on this axis.</typeparam>
internal interface ITimeAxis<T>
    where T : struct
{
    /// <summary>Returns a date as a time on this axis.</summary>
    T At(LocalDateTime date);

    /// <summary>Returns the start of the activity if it finishes at <paramref name="finish"/>.</summary>
    T StartFor(T finish);

    /// <summary>Returns the finish of the activity if it starts at <paramref name="start"/>.</summary>
    T FinishFor(T start);

    /// <summary>Returns the later of two times.</summary>
    T Later(T a, T b);

    /// <summary>Returns the earlier of two times.</summary>
    T Earlier(T a, T b);
}
