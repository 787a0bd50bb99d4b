using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pso.Domain.Serialization;

/// <summary>Writes a <see cref="Currency"/> as its ISO 4217 code, such as <c>"EUR"</c>, and reads it back.</summary>
public sealed class CurrencyJsonConverter : JsonConverter<Currency>
{
    /// <inheritdoc/>
    public override Currency Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.String, "an ISO 4217 currency code");
        string code = reader.GetString()!;
        return Currency.TryFromCode(code, out Currency currency)
            ? currency
            : throw new JsonException($"'{code}' is not a known ISO 4217 currency code.");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Code);
    }

    /// <inheritdoc/>
    public override Currency ReadAsPropertyName(
        ref Utf8JsonReader reader,
        Type typeToConvert,
        JsonSerializerOptions options
    ) => Read(ref reader, typeToConvert, options);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.Code);
    }
}
