namespace Pso.Domain.Resources.Capacity;

/// <summary>How far bookings exceed capacity.</summary>
public enum OverallocationSeverity
{
    /// <summary>Below the major threshold.</summary>
    Minor = 0,

    /// <summary>At or above the major threshold.</summary>
    Major = 1,

    /// <summary>At or above the critical threshold, or booked without any capacity.</summary>
    Critical = 2,
}
