namespace Pso.Domain.Resources.Capacity;

/// <summary>A resource that matches a skill search, with what made it match.</summary>
/// <param name="Resource">The resource.</param>
/// <param name="Proficiency">Its level in the skill.</param>
/// <param name="Available">Its free working time over the whole range.</param>
/// <param name="LeastWeek">Its free working time in the least free week of the range.</param>
public sealed record ResourceMatch(ResourceId Resource, int Proficiency, Work Available, Work LeastWeek);
