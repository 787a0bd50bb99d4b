namespace Pso.Domain.Resources;

/// <summary>How much of a resource a booking takes on each working day.</summary>
public readonly record struct BookingLoad
{
    private BookingLoad(decimal hoursPerDay, decimal units)
    {
        HoursPerDay = hoursPerDay;
        Units = units;
    }

    /// <summary>Gets the hours per working day, when the load is in hours.</summary>
    public decimal HoursPerDay { get; }

    /// <summary>Gets the units of the resource's calendar (1 is its whole working day), when the load is in
    /// units.</summary>
    public decimal Units { get; }

    /// <summary>Gets whether the load is in units rather than hours.</summary>
    public bool IsUnits => Units != 0m;

    /// <summary>A load of so many hours on each working day of the resource.</summary>
    /// <param name="hours">The hours per day.</param>
    /// <returns>The load.</returns>
    public static BookingLoad Hours(decimal hours) => new(hours, 0m);

    /// <summary>A load of a share of the resource's working day: 1 is all of it, 0.5 half.</summary>
    /// <param name="units">The units.</param>
    /// <returns>The load.</returns>
    public static BookingLoad OfUnits(decimal units) => new(0m, units);

    /// <inheritdoc/>
    public override string ToString() =>
        IsUnits
            ? Units.ToString(System.Globalization.CultureInfo.InvariantCulture) + " units"
            : HoursPerDay.ToString(System.Globalization.CultureInfo.InvariantCulture) + " h/day";
}
