namespace Pso.Domain.Resources;

/// <summary>How a booking's work is spread over its working days.</summary>
public enum WorkContour
{
    /// <summary>The same on every working day.</summary>
    Flat = 0,

    /// <summary>Most at the start, falling evenly to the end.</summary>
    FrontLoaded = 1,

    /// <summary>Least at the start, rising evenly to the end.</summary>
    BackLoaded = 2,

    /// <summary>Rising to the middle and falling again.</summary>
    Bell = 3,

    /// <summary>Given day by day in <see cref="Booking.ExplicitWork"/>.</summary>
    Explicit = 4,
}
