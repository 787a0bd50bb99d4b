using System;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Pso.Domain.Serialization;

/// <summary>Small helpers shared by the converters, so that every converter reports bad JSON the same way.</summary>
internal static class JsonReading
{
    internal static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string what)
    {
        if (reader.TokenType != type)
        {
            throw new JsonException($"Expected {what} but found {reader.TokenType}.");
        }
    }

    internal static string ReadString(ref Utf8JsonReader reader, string property)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw new JsonException($"Property '{property}' must be a string but is {reader.TokenType}.");
    }

    internal static decimal ReadDecimal(ref Utf8JsonReader reader, string property)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out decimal value)
            ? value
            : throw new JsonException($"Property '{property}' must be a decimal number but is {reader.TokenType}.");
    }

    internal static LocalDate ReadDate(ref Utf8JsonReader reader, string property)
    {
        string text = ReadString(ref reader, property);
        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text);
        return result.Success
            ? result.Value
            : throw new JsonException($"Property '{property}' must be an ISO date (uuuu-MM-dd) but is '{text}'.");
    }

    internal static void WriteDate(Utf8JsonWriter writer, string property, LocalDate date) =>
        writer.WriteString(property, LocalDatePattern.Iso.Format(date));

    internal static T Required<T>(T? value, string property, string type)
        where T : struct => value ?? throw new JsonException($"A {type} needs the property '{property}'.");

    internal static T Required<T>(T? value, string property, string type)
        where T : class => value ?? throw new JsonException($"A {type} needs the property '{property}'.");

    internal static TResult Build<TResult>(Func<TResult> build, string type)
    {
        try
        {
            return build();
        }
        catch (Exception e) when (e is ArgumentException or FormatException or Errors.PsoDomainException)
        {
            throw new JsonException($"Not a valid {type}: {e.Message}", e);
        }
    }
}
