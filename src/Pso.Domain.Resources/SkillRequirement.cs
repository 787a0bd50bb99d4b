namespace Pso.Domain.Resources;

/// <summary>A skill a demand needs, at a minimum proficiency.</summary>
/// <param name="Skill">The skill.</param>
/// <param name="MinimumProficiency">The lowest acceptable proficiency, 1 to 5.</param>
public sealed record SkillRequirement(SkillId Skill, int MinimumProficiency = 1);
