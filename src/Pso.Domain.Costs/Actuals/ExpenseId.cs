using System.Text.Json.Serialization;
using Pso.Domain.Serialization;

namespace Pso.Domain.Costs.Actuals;

/// <summary>Identifies an expense: the spender's or the expense tool's reference for it.
/// See <see cref="IEntityId{TSelf}"/> for the rules every id follows.</summary>
/// <remarks>An immutable value type; equality and ordering are ordinal; the default value is the empty id.</remarks>
[JsonConverter(typeof(EntityIdJsonConverter<ExpenseId>))]
[EntityId("expense id")]
public readonly partial struct ExpenseId;
