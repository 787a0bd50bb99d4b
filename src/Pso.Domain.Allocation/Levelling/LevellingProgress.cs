namespace Pso.Domain.Allocation.Levelling;

/// <summary>A report of progress: a better schedule was found.</summary>
/// <param name="Schedules">Schedules generated so far.</param>
/// <param name="Makespan">The best schedule's makespan.</param>
public sealed record LevellingProgress(long Schedules, int Makespan)
{
    /// <summary>Gets the best schedule's value of the problem's objective (its makespan, weighted tardiness or total
    /// project delay).</summary>
    public long Objective { get; init; }
}
