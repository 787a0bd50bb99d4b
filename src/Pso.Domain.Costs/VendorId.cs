using System.Text.Json.Serialization;
using Pso.Domain.Serialization;

namespace Pso.Domain.Costs;

/// <summary>Identifies a vendor (a supplier) to whom money is committed, invoiced or paid.
/// See <see cref="IEntityId{TSelf}"/> for the rules every id follows.</summary>
/// <remarks>An immutable value type; equality and ordering are ordinal; the default value is the empty id.</remarks>
[JsonConverter(typeof(EntityIdJsonConverter<VendorId>))]
[EntityId("vendor id")]
public readonly partial struct VendorId;
