using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Pso.Domain.Errors;

namespace Pso.Domain.Resources.Capacity;

/// <summary>The checks a <see cref="CapacityPlan"/> makes of its bookings and demands before it is built: every
/// problem is listed, naming the record.</summary>
internal static class CapacityPlanValidation
{
    /// <summary>Throws a <see cref="ValidationException"/> listing every inconsistent booking and demand.</summary>
    internal static void Check(ResourcePool pool, ImmutableArray<Booking> bookings, ImmutableArray<Demand> demands)
    {
        var errors = new List<ValidationError>();
        var bookingIds = new HashSet<BookingId>();
        foreach (Booking booking in bookings)
        {
            string id = booking.Id.Value;
            if (!bookingIds.Add(booking.Id))
            {
                errors.Add(ValidationError.Duplicate(ResourceErrorCodes.Duplicate, "Booking", id));
            }
            bool known = pool.TryIndexOf(booking.Resource, out int index);
            if (!known)
            {
                errors.Add(
                    ValidationError.ForRecord(
                        ResourceErrorCodes.UnknownResource,
                        $"Booking '{id}' is for resource '{booking.Resource}', which the pool does not have.",
                        id,
                        "resource"
                    )
                );
            }
            if (
                booking.Load.HoursPerDay < 0m
                || booking.Load.Units < 0m
                || booking.ExplicitWork.Any(w => w < Work.Zero)
            )
            {
                errors.Add(
                    ValidationError.ForRecord(
                        ResourceErrorCodes.NegativeAmount,
                        $"Booking '{id}' books a negative amount ({booking.Load}).",
                        id,
                        "load"
                    )
                );
            }
            if (known && booking.Load.IsUnits && booking.Load.Units > pool.Resources[index].MaxUnits)
            {
                errors.Add(
                    ValidationError.ForRecord(
                        ResourceErrorCodes.UnitsAboveMaximum,
                        $"Booking '{id}' books {booking.Load.Units} units of '{booking.Resource}', whose maximum is "
                            + $"{pool.Resources[index].MaxUnits}.",
                        id,
                        "load"
                    )
                );
            }
            if (booking.Contour == WorkContour.Explicit && booking.ExplicitWork.Length != booking.Dates.Length)
            {
                errors.Add(
                    ValidationError.ForRecord(
                        ResourceErrorCodes.InvalidContour,
                        $"Booking '{id}' gives {booking.ExplicitWork.Length} daily values for "
                            + $"{booking.Dates.Length} days.",
                        id,
                        "explicitWork"
                    )
                );
            }
        }
        var demandIds = new HashSet<DemandId>();
        foreach (Demand demand in demands)
        {
            string id = demand.Id.Value;
            if (!demandIds.Add(demand.Id))
            {
                errors.Add(ValidationError.Duplicate(ResourceErrorCodes.Duplicate, "Demand", id));
            }
            if (demand.Effort < Work.Zero)
            {
                errors.Add(
                    ValidationError.ForRecord(
                        ResourceErrorCodes.NegativeAmount,
                        $"Demand '{id}' needs negative effort ({demand.Effort}).",
                        id,
                        "effort"
                    )
                );
            }
            foreach (
                SkillRequirement skill in demand.Skills.Where(s =>
                    s.MinimumProficiency is < ResourceSkill.Lowest or > ResourceSkill.Highest
                )
            )
            {
                errors.Add(
                    ValidationError.ForRecord(
                        ResourceErrorCodes.SkillLevelOutOfRange,
                        $"Demand '{id}' asks for skill '{skill.Skill}' at level {skill.MinimumProficiency}; levels "
                            + "run from 1 to 5.",
                        id,
                        "skills"
                    )
                );
            }
        }
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }
    }
}
