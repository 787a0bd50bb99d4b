using System.Text.Json.Serialization;
using Pso.Domain.Serialization;

namespace Pso.Domain;

/// <summary>Identifies a role that resources can fill, such as <c>business-analyst</c>. See <see
/// cref="IEntityId{TSelf}"/> for the rules every id follows.</summary>
/// <remarks>An immutable value type; equality and ordering are ordinal; the default value is the empty id.</remarks>
[JsonConverter(typeof(EntityIdJsonConverter<RoleId>))]
[EntityId("role id")]
public readonly partial struct RoleId;
