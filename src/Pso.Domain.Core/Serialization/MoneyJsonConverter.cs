using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pso.Domain.Serialization;

/// <summary>
/// Writes <see cref="Money"/> as <c>{"amount":1234.50,"currency":"EUR"}</c>, the amount as an exact JSON number, and
/// reads that form back; it also reads the invariant text form <c>"EUR 1234.50"</c>.
/// </summary>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    /// <inheritdoc/>
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            string text = reader.GetString()!;
            return Money.TryParse(text, out Money parsed)
                ? parsed
                : throw new JsonException($"'{text}' is not an amount of money such as 'EUR 1234.50'.");
        }
        JsonReading.Expect(ref reader, JsonTokenType.StartObject, "an amount of money");
        decimal? amount = null;
        Currency? currency = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string property = reader.GetString()!;
            if (property.Equals("amount", StringComparison.OrdinalIgnoreCase))
            {
                amount = JsonReading.ReadDecimal(ref reader, property);
            }
            else if (property.Equals("currency", StringComparison.OrdinalIgnoreCase))
            {
                string code = JsonReading.ReadString(ref reader, property);
                currency = Currency.TryFromCode(code, out Currency known)
                    ? known
                    : throw new JsonException($"'{code}' is not a known ISO 4217 currency code.");
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        return new Money(
            JsonReading.Required(amount, "amount", "money amount"),
            JsonReading.Required(currency, "currency", "money amount")
        );
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("amount", value.Amount);
        writer.WriteString("currency", value.Currency.Code);
        writer.WriteEndObject();
    }
}
