namespace Pso.Domain.Resources;

/// <summary>The stable codes of the problems that resource data can have. Codes never change once published.</summary>
public static class ResourceErrorCodes
{
    /// <summary>Two records share an id.</summary>
    public const string Duplicate = "resources.duplicate";

    /// <summary>A booking names a resource that the pool does not have.</summary>
    public const string UnknownResource = "resources.unknown-resource";

    /// <summary>A lookup names a booking the plan does not have.</summary>
    public const string UnknownBooking = "resources.unknown-booking";

    /// <summary>Hours, work or units are negative.</summary>
    public const string NegativeAmount = "resources.negative-amount";

    /// <summary>A booking asks for more units than the resource's maximum.</summary>
    public const string UnitsAboveMaximum = "resources.units-above-maximum";

    /// <summary>A skill proficiency is outside 1 to 5.</summary>
    public const string SkillLevelOutOfRange = "resources.skill-level-out-of-range";

    /// <summary>An explicit contour's values do not match the booking's working days.</summary>
    public const string InvalidContour = "resources.invalid-contour";
}
