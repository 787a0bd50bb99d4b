using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Pso.Domain.Errors;

namespace Pso.Domain.Resources;

/// <summary>A checked set of resources: ids are unique, skill levels run from 1 to 5, units and ranges make
/// sense.</summary>
/// <remarks>Building a pool reports every problem at once in a <see cref="ValidationException"/> whose errors name the
/// resource (in <see cref="ErrorLocation.RecordId"/>) and the field. Instances are immutable and thread-safe.</remarks>
public sealed class ResourcePool
{
    private readonly FrozenDictionary<ResourceId, int> _indexById;

    /// <summary>Initialises and checks a pool.</summary>
    /// <param name="resources">The resources.</param>
    /// <exception cref="ValidationException">A resource is inconsistent; every problem is listed.</exception>
    public ResourcePool(IEnumerable<Resource> resources)
    {
        System.ArgumentNullException.ThrowIfNull(resources);
        Resources = [.. resources];
        var errors = new List<ValidationError>();
        var index = new Dictionary<ResourceId, int>();
        for (int i = 0; i < Resources.Length; i++)
        {
            Resource resource = Resources[i];
            string id = resource.Id.Value;
            if (!index.TryAdd(resource.Id, i))
            {
                errors.Add(ValidationError.Duplicate(ResourceErrorCodes.Duplicate, "Resource", id));
            }
            foreach (
                ResourceSkill skill in resource.Skills.Where(s =>
                    s.Proficiency is < ResourceSkill.Lowest or > ResourceSkill.Highest
                )
            )
            {
                errors.Add(
                    ValidationError.ForRecord(
                        ResourceErrorCodes.SkillLevelOutOfRange,
                        $"Resource '{id}' has skill '{skill.Skill}' at level {skill.Proficiency}; levels run from 1 "
                            + "to 5.",
                        id,
                        "skills"
                    )
                );
            }
            if (resource.MaxUnits < 0m)
            {
                errors.Add(
                    ValidationError.ForRecord(
                        ResourceErrorCodes.NegativeAmount,
                        $"Resource '{id}' has negative maximum units ({resource.MaxUnits}).",
                        id,
                        "maxUnits"
                    )
                );
            }
            foreach (AvailabilityChange change in resource.Availability.Where(a => a.Units < 0m))
            {
                errors.Add(
                    ValidationError.ForRecord(
                        ResourceErrorCodes.NegativeAmount,
                        $"Resource '{id}' has negative availability ({change.Units}) from {change.From:uuuu-MM-dd}.",
                        id,
                        "availability"
                    )
                );
            }
        }
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }
        _indexById = index.ToFrozenDictionary();
    }

    /// <summary>Gets the resources, in the order given.</summary>
    public ImmutableArray<Resource> Resources { get; }

    /// <summary>Returns a resource by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The resource.</returns>
    /// <exception cref="UnknownIdException">The pool has no such resource.</exception>
    public Resource this[ResourceId id] =>
        _indexById.TryGetValue(id, out int i)
            ? Resources[i]
            : throw new UnknownIdException(
                ResourceErrorCodes.UnknownResource,
                id.Value,
                $"The pool has no resource '{id}'."
            );

    internal bool TryIndexOf(ResourceId id, out int index) => _indexById.TryGetValue(id, out index);
}
