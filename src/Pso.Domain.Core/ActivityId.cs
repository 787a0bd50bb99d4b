using System.Text.Json.Serialization;
using Pso.Domain.Serialization;

namespace Pso.Domain;

/// <summary>Identifies an activity (a task, milestone or summary) of a project schedule. See <see
/// cref="IEntityId{TSelf}"/> for the rules every id follows.</summary>
/// <remarks>An immutable value type; equality and ordering are ordinal; the default value is the empty id.</remarks>
[JsonConverter(typeof(EntityIdJsonConverter<ActivityId>))]
[EntityId("activity id")]
public readonly partial struct ActivityId;
