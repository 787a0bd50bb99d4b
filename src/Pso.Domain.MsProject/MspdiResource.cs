namespace Pso.Domain.MsProject;

/// <summary>A resource as a Microsoft Project file describes it.</summary>
/// <param name="Id">The resource's id: its code in the file, or else its UID.</param>
/// <param name="Name">The name.</param>
/// <param name="Type">Whether it is work (people, equipment), material or a cost.</param>
public sealed record MspdiResource(ResourceId Id, string Name, MspdiResourceType Type)
{
    /// <summary>Gets the most units the resource can give at once: 1 is one full-time person, 0.5 half-time.</summary>
    public decimal MaxUnits { get; init; } = 1m;

    /// <summary>Gets the resource's calendar, or null when it works to the project calendar.</summary>
    public CalendarId? Calendar { get; init; }

    /// <summary>Gets the standard rate per hour of work (per unit of a material).</summary>
    public Money StandardRate { get; init; }

    /// <summary>Gets the overtime rate per hour of work.</summary>
    public Money OvertimeRate { get; init; }

    /// <summary>Gets the cost of each use of the resource, whatever the work.</summary>
    public Money CostPerUse { get; init; }
}
