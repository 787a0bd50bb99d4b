using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using Pso.Domain.Calendars;

namespace Pso.Domain.Serialization;

/// <summary>
/// Writes a <see cref="WorkCalendar"/> as a self-contained object: its <c>id</c> and <c>name</c>; for a calendar of
/// its own, the <c>week</c> (one working day per day of the week, such as <c>"08:00-12:00, 13:00-17:00"</c>); for a
/// derived one, its <c>base</c> calendar (nested) and its own <c>weekDays</c>; and its own <c>exceptions</c>, each with
/// <c>start</c>, <c>end</c>, <c>workingTime</c> and an optional <c>name</c>.
/// </summary>
public sealed class WorkCalendarJsonConverter : JsonConverter<WorkCalendar>
{
    private const string Kind = "work calendar";

    /// <inheritdoc/>
    public override WorkCalendar Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartObject, "a work calendar object");
        string? id = null;
        string? name = null;
        WorkCalendar? baseCalendar = null;
        Dictionary<IsoDayOfWeek, WorkingDay>? week = null;
        Dictionary<IsoDayOfWeek, WorkingDay>? weekDays = null;
        var exceptions = new List<CalendarException>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string property = reader.GetString()!;
            switch (property.ToUpperInvariant())
            {
                case "ID":
                    id = JsonReading.ReadString(ref reader, property);
                    break;
                case "NAME":
                    reader.Read();
                    name = reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
                    break;
                case "BASE":
                    reader.Read();
                    baseCalendar =
                        reader.TokenType == JsonTokenType.Null ? null : Read(ref reader, typeToConvert, options);
                    break;
                case "WEEK":
                    week = ReadWeek(ref reader, property);
                    break;
                case "WEEKDAYS":
                    weekDays = ReadWeek(ref reader, property);
                    break;
                case "EXCEPTIONS":
                    reader.Read();
                    JsonReading.Expect(ref reader, JsonTokenType.StartArray, "an array of exceptions");
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        exceptions.Add(ReadException(ref reader));
                    }
                    break;
                default:
                    reader.Read();
                    reader.Skip();
                    break;
            }
        }
        string calendarId = JsonReading.Required(id, "id", Kind);
        if (baseCalendar is null)
        {
            Dictionary<IsoDayOfWeek, WorkingDay> days = JsonReading.Required(week, "week", Kind);
            return JsonReading.Build(
                () => new WorkCalendar(new CalendarId(calendarId), new WorkWeek(days), exceptions, name),
                Kind
            );
        }
        return JsonReading.Build(
            () => baseCalendar.Derive(new CalendarId(calendarId), exceptions, weekDays, name),
            Kind
        );
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, WorkCalendar value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("id", value.Id.Value);
        if (value.Name is not null)
        {
            writer.WriteString("name", value.Name);
        }
        if (value.Base is null)
        {
            writer.WriteStartObject("week");
            for (IsoDayOfWeek day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
            {
                writer.WriteString(DayName(day), value.Week[day].ToString());
            }
            writer.WriteEndObject();
        }
        else
        {
            writer.WritePropertyName("base");
            Write(writer, value.Base, options);
            writer.WriteStartObject("weekDays");
            for (IsoDayOfWeek day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
            {
                if (value.WeekDayOverrides.TryGetValue(day, out WorkingDay? workingDay))
                {
                    writer.WriteString(DayName(day), workingDay.ToString());
                }
            }
            writer.WriteEndObject();
        }
        writer.WriteStartArray("exceptions");
        foreach (CalendarException exception in value.Exceptions)
        {
            writer.WriteStartObject();
            JsonReading.WriteDate(writer, "start", exception.Dates.Start);
            JsonReading.WriteDate(writer, "end", exception.Dates.End);
            writer.WriteString("workingTime", exception.WorkingTime.ToString());
            if (exception.Name is not null)
            {
                writer.WriteString("name", exception.Name);
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string DayName(IsoDayOfWeek day) => day.ToString().ToLowerInvariant();

    private static Dictionary<IsoDayOfWeek, WorkingDay> ReadWeek(ref Utf8JsonReader reader, string property)
    {
        reader.Read();
        JsonReading.Expect(ref reader, JsonTokenType.StartObject, $"'{property}' as an object of days");
        var days = new Dictionary<IsoDayOfWeek, WorkingDay>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string dayName = reader.GetString()!;
            if (
                !Enum.TryParse(dayName, ignoreCase: true, out IsoDayOfWeek day)
                || day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday
            )
            {
                throw new JsonException($"'{dayName}' in '{property}' is not a day of the week.");
            }
            string text = JsonReading.ReadString(ref reader, dayName);
            days[day] = JsonReading.Build(() => WorkingDay.Parse(text), "working day");
        }
        return days;
    }

    private static CalendarException ReadException(ref Utf8JsonReader reader)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartObject, "a calendar exception object");
        LocalDate? start = null;
        LocalDate? end = null;
        string? workingTime = null;
        string? name = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string property = reader.GetString()!;
            switch (property.ToUpperInvariant())
            {
                case "START":
                    start = JsonReading.ReadDate(ref reader, property);
                    break;
                case "END":
                    end = JsonReading.ReadDate(ref reader, property);
                    break;
                case "WORKINGTIME":
                    workingTime = JsonReading.ReadString(ref reader, property);
                    break;
                case "NAME":
                    reader.Read();
                    name = reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
                    break;
                default:
                    reader.Read();
                    reader.Skip();
                    break;
            }
        }
        const string ExceptionType = "calendar exception";
        LocalDate first = JsonReading.Required(start, "start", ExceptionType);
        LocalDate last = JsonReading.Required(end, "end", ExceptionType);
        string hours = JsonReading.Required(workingTime, "workingTime", ExceptionType);
        return JsonReading.Build(
            () => new CalendarException(new DateInterval(first, last), WorkingDay.Parse(hours), name),
            ExceptionType
        );
    }
}
