using NodaTime;
using Pso.Domain.Errors;

namespace Pso.Domain.Costs.Rates;

/// <summary>Raised when no rate is in force for a resource (or its role) on a date.</summary>
public sealed class RateNotFoundException : PsoDomainException
{
    /// <summary>Initialises the error.</summary>
    /// <param name="resource">The resource.</param>
    /// <param name="role">The role, if known.</param>
    /// <param name="date">The date.</param>
    public RateNotFoundException(ResourceId resource, RoleId? role, LocalDate date)
        : this(
            resource,
            role,
            date,
            overtime: false,
            $"No rate is in force for '{resource}'{(role is RoleId r ? $" (role '{r}')" : "")} on {date:uuuu-MM-dd}: "
                + "neither its own rate card nor its role's has a rate effective on or before that date."
        ) { }

    /// <summary>Initialises the error with the message that says which rate is missing.</summary>
    internal RateNotFoundException(ResourceId resource, RoleId? role, LocalDate date, bool overtime, string message)
        : base(CostErrorCodes.NoRate, message)
    {
        Resource = resource;
        Role = role;
        Date = date;
        IsOvertime = overtime;
    }

    /// <summary>Gets whether the missing rate is an overtime cost (a rate is in force but has none).</summary>
    public bool IsOvertime { get; }

    /// <summary>Gets the resource.</summary>
    public ResourceId Resource { get; }

    /// <summary>Gets the role, if known.</summary>
    public RoleId? Role { get; }

    /// <summary>Gets the date.</summary>
    public LocalDate Date { get; }
}
