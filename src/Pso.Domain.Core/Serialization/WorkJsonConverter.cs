using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pso.Domain.Serialization;

/// <summary>Writes <see cref="Work"/> as an JSON number of hours, such as <c>7.5</c>: the fewest decimal places that
/// read back as the same work; also reads <c>"7.5h"</c>.</summary>
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
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out decimal hours))
        {
            throw new JsonException($"Work must be a number of hours but is {reader.TokenType}.");
        }
        return Work.TryFromHours(hours, out Work work)
            ? work
            : throw new JsonException($"{hours} hours is beyond the work there can be (Work.MaxValue).");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Work value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.ShortestHours());
    }
}
