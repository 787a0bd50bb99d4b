using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pso.Domain.Serialization;

/// <summary>Writes a strongly typed id as its text, such as <c>"PRJ-001"</c>, also as a dictionary key.</summary>
/// <typeparam name="TId">The id type.</typeparam>
public sealed class EntityIdJsonConverter<TId> : JsonConverter<TId>
    where TId : struct, IEntityId<TId>
{
    /// <inheritdoc/>
    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.String, $"a {typeof(TId).Name} as a string");
        return Parse(reader.GetString()!);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }

    /// <inheritdoc/>
    public override TId ReadAsPropertyName(
        ref Utf8JsonReader reader,
        Type typeToConvert,
        JsonSerializerOptions options
    ) => Parse(reader.GetString()!);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, TId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.Value);
    }

    private static TId Parse(string text) =>
        TId.TryParse(text, null, out TId id)
            ? id
            : throw new JsonException(
                $"'{text}' is not a valid {typeof(TId).Name}: "
                    + $"{(EntityIds.IsValid(text, out string? reason) ? "" : reason)}"
            );
}
