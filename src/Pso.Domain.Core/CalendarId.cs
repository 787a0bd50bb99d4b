using System.Text.Json.Serialization;
using Pso.Domain.Serialization;

namespace Pso.Domain;

/// <summary>Identifies a working-time calendar. See <see cref="IEntityId{TSelf}"/> for the rules every id
/// follows.</summary>
/// <remarks>An immutable value type; equality and ordering are ordinal; the default value is the empty id.</remarks>
[JsonConverter(typeof(EntityIdJsonConverter<CalendarId>))]
[EntityId("calendar id")]
public readonly partial struct CalendarId;
