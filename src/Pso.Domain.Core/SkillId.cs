using System.Text.Json.Serialization;
using Pso.Domain.Serialization;

namespace Pso.Domain;

/// <summary>Identifies a skill that resources hold at a proficiency level. See <see cref="IEntityId{TSelf}"/> for the
/// rules every id follows.</summary>
/// <remarks>An immutable value type; equality and ordering are ordinal; the default value is the empty id.</remarks>
[JsonConverter(typeof(EntityIdJsonConverter<SkillId>))]
[EntityId("skill id")]
public readonly partial struct SkillId;
