using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pso.Domain.Serialization;

/// <summary>Writes <see cref="Work"/> as an exact JSON number of hours, such as <c>7.5</c>; also reads <c>"7.5h"</c>.</summary>
public sealed class WorkJsonConverter : JsonConverter<Work>
{
    /// <inheritdoc/>
    public override Work Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            string text = reader.GetString()!;
            return Work.TryParse(text, out Work parsed)
                ? parsed
                : throw new JsonException($"'{text}' is not work such as '7.5h'.");
        }
        return reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out decimal hours)
            ? Work.FromHours(hours)
            : throw new JsonException($"Work must be a number of hours but is {reader.TokenType}.");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Work value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.Hours);
    }
}
