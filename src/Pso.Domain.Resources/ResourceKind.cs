namespace Pso.Domain.Resources;

/// <summary>The kinds of resources.</summary>
public enum ResourceKind
{
    /// <summary>A person, who works to a calendar.</summary>
    Person = 0,

    /// <summary>A piece of equipment, booked like a person.</summary>
    Equipment = 1,

    /// <summary>A material, consumed rather than booked for time.</summary>
    Material = 2,
}
