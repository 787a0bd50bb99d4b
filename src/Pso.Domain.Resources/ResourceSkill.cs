namespace Pso.Domain.Resources;

/// <summary>A skill a resource has, at a proficiency from 1 (aware) to 5 (expert), possibly until an expiry date (a
/// certification, for instance).</summary>
/// <param name="Skill">The skill.</param>
/// <param name="Proficiency">The proficiency, 1 to 5.</param>
/// <param name="Expires">The last date on which the skill counts, if it expires.</param>
public sealed record ResourceSkill(SkillId Skill, int Proficiency, NodaTime.LocalDate? Expires = null)
{
    /// <summary>The lowest proficiency.</summary>
    public const int Lowest = 1;

    /// <summary>The highest proficiency.</summary>
    public const int Highest = 5;
}
