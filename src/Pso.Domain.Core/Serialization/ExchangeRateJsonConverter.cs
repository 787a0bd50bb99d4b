using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace Pso.Domain.Serialization;

/// <summary>Writes an <see cref="ExchangeRate"/> as
/// <c>{"source":"EUR","target":"USD","rate":1.0834,"start":"2026-11-01","end":"2026-11-30"}</c>.</summary>
public sealed class ExchangeRateJsonConverter : JsonConverter<ExchangeRate>
{
    /// <inheritdoc/>
    public override ExchangeRate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartObject, "an exchange rate object");
        string? source = null;
        string? target = null;
        decimal? rate = null;
        LocalDate? start = null;
        LocalDate? end = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string property = reader.GetString()!;
            switch (property.ToUpperInvariant())
            {
                case "SOURCE":
                    source = JsonReading.ReadString(ref reader, property);
                    break;
                case "TARGET":
                    target = JsonReading.ReadString(ref reader, property);
                    break;
                case "RATE":
                    rate = JsonReading.ReadDecimal(ref reader, property);
                    break;
                case "START":
                    start = JsonReading.ReadDate(ref reader, property);
                    break;
                case "END":
                    end = JsonReading.ReadDate(ref reader, property);
                    break;
                default:
                    reader.Read();
                    reader.Skip();
                    break;
            }
        }
        const string Type = "exchange rate";
        string s = JsonReading.Required(source, "source", Type);
        string t = JsonReading.Required(target, "target", Type);
        decimal r = JsonReading.Required(rate, "rate", Type);
        LocalDate from = JsonReading.Required(start, "start", Type);
        LocalDate to = JsonReading.Required(end, "end", Type);
        return JsonReading.Build(
            () => new ExchangeRate(Currency.FromCode(s), Currency.FromCode(t), r, new DateInterval(from, to)),
            Type
        );
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ExchangeRate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("source", value.Source.Code);
        writer.WriteString("target", value.Target.Code);
        writer.WriteNumber("rate", value.Rate);
        JsonReading.WriteDate(writer, "start", value.Validity.Start);
        JsonReading.WriteDate(writer, "end", value.Validity.End);
        writer.WriteEndObject();
    }
}
