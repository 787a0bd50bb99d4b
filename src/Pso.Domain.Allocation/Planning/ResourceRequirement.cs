using System.Collections.Immutable;
using System.Linq;
using Pso.Domain.Resources;

namespace Pso.Domain.Allocation.Planning;

/// <summary>What an activity needs from the resource pool while it runs: a named person, anyone with a role, or anyone
/// with skills at a minimum level; so many units of their working day, or a total effort.</summary>
/// <param name="Project">The project.</param>
/// <param name="Activity">The activity.</param>
/// <remarks>Name at least one of <see cref="Person"/>, <see cref="Role"/> and <see cref="Skills"/>; a person must meet
/// all that are named. Several people may share the units, each within their own available time.</remarks>
public sealed record ResourceRequirement(ProjectId Project, ActivityId Activity)
{
    /// <summary>Gets the person who must do the work, if one is named.</summary>
    public ResourceId? Person { get; init; }

    /// <summary>Gets the role needed, if any.</summary>
    public RoleId? Role { get; init; }

    /// <summary>Gets the skills needed, each at a minimum proficiency.</summary>
    public ImmutableArray<SkillRequirement> Skills { get; init; } = [];

    /// <summary>Gets the units needed while the activity works: 1 is one person's working time, 2 two people's; 1 by
    /// default. Ignored when <see cref="Effort"/> is given.</summary>
    public decimal Units { get; init; } = 1m;

    /// <summary>Gets the total work needed, if given instead of units: spread evenly over the activity's working
    /// time.</summary>
    public Work? Effort { get; init; }

    /// <summary>Returns whether a person meets the requirement on a date: they are the person named (if any), hold
    /// the role (if any), and every skill at its minimum level on that date.</summary>
    /// <param name="person">The person.</param>
    /// <param name="on">The date skills are read on (they may expire).</param>
    /// <returns>Whether they meet it.</returns>
    public bool IsMetBy(Resource person, NodaTime.LocalDate on)
    {
        System.ArgumentNullException.ThrowIfNull(person);
        return (Person is not ResourceId named || named == person.Id)
            && (Role is not RoleId role || person.Roles.Contains(role))
            && Skills.All(s => person.LevelOn(s.Skill, on) is int level && level >= s.MinimumProficiency);
    }

    /// <summary>Gets a short description of who is needed, such as <c>role developer</c> or <c>SQL at level
    /// 3</c>.</summary>
    /// <returns>The description.</returns>
    public string Describe()
    {
        var parts = ImmutableArray.CreateBuilder<string>();
        if (Person is ResourceId person)
        {
            parts.Add(person.Value);
        }
        if (Role is RoleId role)
        {
            parts.Add($"role {role}");
        }
        foreach (SkillRequirement skill in Skills)
        {
            parts.Add($"{skill.Skill} at level {skill.MinimumProficiency}");
        }
        return parts.Count == 0 ? "anyone" : string.Join(" with ", parts);
    }
}
