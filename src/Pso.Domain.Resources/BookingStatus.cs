namespace Pso.Domain.Resources;

/// <summary>Whether a booking or demand is agreed.</summary>
public enum BookingStatus
{
    /// <summary>Agreed.</summary>
    Confirmed = 0,

    /// <summary>Pencilled in.</summary>
    Tentative = 1,
}
