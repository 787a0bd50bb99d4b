using System.Text.Json.Serialization;
using Pso.Domain.Serialization;

namespace Pso.Domain.Resources;

/// <summary>Identifies a booking. See <see cref="IEntityId{TSelf}"/> for the rules every id follows.</summary>
/// <remarks>An immutable value type; equality and ordering are ordinal; the default value is the empty id.</remarks>
[JsonConverter(typeof(EntityIdJsonConverter<BookingId>))]
[EntityId("booking id")]
public readonly partial struct BookingId;
