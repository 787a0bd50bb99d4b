namespace Pso.Domain.Resources.Capacity;

/// <summary>A booking's work in ticks, day by day from its first day inside a plan's horizon.</summary>
/// <param name="Booking">The booking's index in the plan.</param>
/// <param name="FirstDay">The day number of the first value.</param>
/// <param name="Ticks">The work of each day.</param>
internal sealed record BookingSpread(int Booking, int FirstDay, long[] Ticks);
