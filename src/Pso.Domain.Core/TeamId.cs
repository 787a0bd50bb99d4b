using System.Text.Json.Serialization;
using Pso.Domain.Serialization;

namespace Pso.Domain;

/// <summary>Identifies a team or pool of resources, such as <c>data-platform</c>. See <see cref="IEntityId{TSelf}"/>
/// for the rules every id follows.</summary>
/// <remarks>An immutable value type; equality and ordering are ordinal; the default value is the empty id.</remarks>
[JsonConverter(typeof(EntityIdJsonConverter<TeamId>))]
[EntityId("team id")]
public readonly partial struct TeamId;
