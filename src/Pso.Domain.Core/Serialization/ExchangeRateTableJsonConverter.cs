using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pso.Domain.Serialization;

/// <summary>Writes an <see cref="ExchangeRateTable"/> as <c>{"rates":[…]}</c>, each rate as
/// <see cref="ExchangeRateJsonConverter"/> writes it.</summary>
public sealed class ExchangeRateTableJsonConverter : JsonConverter<ExchangeRateTable>
{
    private static readonly ExchangeRateJsonConverter RateConverter = new();

    /// <inheritdoc/>
    public override ExchangeRateTable Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartObject, "an exchange rate table object");
        var rates = new List<ExchangeRate>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string property = reader.GetString()!;
            reader.Read();
            if (!property.Equals("rates", StringComparison.OrdinalIgnoreCase))
            {
                reader.Skip();
                continue;
            }
            JsonReading.Expect(ref reader, JsonTokenType.StartArray, "an array of rates");
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                rates.Add(RateConverter.Read(ref reader, typeof(ExchangeRate), options));
            }
        }
        return JsonReading.Build(() => new ExchangeRateTable(rates), "exchange rate table");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ExchangeRateTable value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteStartArray("rates");
        foreach (ExchangeRate rate in value.Rates)
        {
            RateConverter.Write(writer, rate, options);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
