using System.Text.Json.Serialization;
using Pso.Domain.Serialization;

namespace Pso.Domain.Costs.Procurement;

/// <summary>Identifies a commitment (a purchase order): its order number.
/// See <see cref="IEntityId{TSelf}"/> for the rules every id follows.</summary>
/// <remarks>An immutable value type; equality and ordering are ordinal; the default value is the empty id.</remarks>
[JsonConverter(typeof(EntityIdJsonConverter<CommitmentId>))]
[EntityId("commitment id")]
public readonly partial struct CommitmentId;
