using System.Collections.Immutable;
using Pso.Domain.Calendars;

namespace Pso.Domain.Resources;

/// <summary>
/// A resource: a person, a piece of equipment or a material, with the roles it can fill, its skills, the calendar it
/// works to, how much of its time is available (units, changing on dated boundaries) and its absences.
/// </summary>
/// <param name="Id">The resource's id.</param>
/// <param name="Name">The name.</param>
/// <param name="Calendar">The working calendar, usually derived from an organisation's base calendar.</param>
/// <remarks>Instances are immutable. <see cref="ResourcePool"/> checks a set of resources whole.</remarks>
public sealed record Resource(ResourceId Id, string Name, WorkCalendar Calendar)
{
    /// <summary>Gets the kind of resource; a person by default.</summary>
    public ResourceKind Kind { get; init; } = ResourceKind.Person;

    /// <summary>Gets the roles the resource can fill.</summary>
    public ImmutableArray<RoleId> Roles { get; init; } = [];

    /// <summary>Gets the skills, each with a proficiency from 1 to 5 and an optional expiry.</summary>
    public ImmutableArray<ResourceSkill> Skills { get; init; } = [];

    /// <summary>Gets the teams or pools the resource belongs to.</summary>
    public ImmutableArray<TeamId> Teams { get; init; } = [];

    /// <summary>Gets the units available from each date on: 1 is the whole calendar, 0.5 half-time. Before the first
    /// change, and with none, the resource is available at 1.</summary>
    public ImmutableArray<AvailabilityChange> Availability { get; init; } = [];

    /// <summary>Gets the most units the resource can be booked at on one booking; 1 by default.</summary>
    public decimal MaxUnits { get; init; } = 1m;

    /// <summary>Gets the absences (holidays, sick leave), whole days on which the resource has no capacity.</summary>
    public ImmutableArray<Absence> Absences { get; init; } = [];

    /// <summary>Gets the rate card that prices the resource's work, if any; the rates belong to the cost
    /// model.</summary>
    public RateCardId? RateCard { get; init; }

    /// <summary>Returns the units available on a date, from <see cref="Availability"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The units in force: those of the latest change on or before the date, else 1.</returns>
    public decimal UnitsOn(NodaTime.LocalDate date)
    {
        decimal units = 1m;
        NodaTime.LocalDate? latest = null;
        foreach (AvailabilityChange change in Availability)
        {
            if (change.From <= date && (latest is not NodaTime.LocalDate l || change.From >= l))
            {
                units = change.Units;
                latest = change.From;
            }
        }
        return units;
    }

    /// <summary>Returns a skill's level on a date, if the resource has it and it has not expired.</summary>
    /// <param name="skill">The skill.</param>
    /// <param name="date">The date.</param>
    /// <returns>The proficiency, 1 to 5, or null.</returns>
    public int? LevelOn(SkillId skill, NodaTime.LocalDate date)
    {
        foreach (ResourceSkill level in Skills)
        {
            if (level.Skill == skill && (level.Expires is not NodaTime.LocalDate expires || expires >= date))
            {
                return level.Proficiency;
            }
        }
        return null;
    }
}
