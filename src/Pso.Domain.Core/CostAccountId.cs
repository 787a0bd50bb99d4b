using System.Text.Json.Serialization;
using Pso.Domain.Serialization;

namespace Pso.Domain;

/// <summary>Identifies a cost account: the point where scope, budget, actual cost and schedule are integrated and
/// measured. See <see cref="IEntityId{TSelf}"/> for the rules every id follows.</summary>
/// <remarks>An immutable value type; equality and ordering are ordinal; the default value is the empty id.</remarks>
[JsonConverter(typeof(EntityIdJsonConverter<CostAccountId>))]
[EntityId("cost account id")]
public readonly partial struct CostAccountId;
