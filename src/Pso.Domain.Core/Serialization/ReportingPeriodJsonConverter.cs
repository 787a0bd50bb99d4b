using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using Pso.Domain.Periods;

namespace Pso.Domain.Serialization;

/// <summary>
/// Writes a <see cref="ReportingPeriod"/> as
/// <c>{"unit":"Quarter","start":"2026-10-01","end":"2026-12-31","label":"2026-Q4"}</c>;
/// fiscal periods add <c>fiscalYearStartMonth</c> and <c>fiscalYearNaming</c>. Reading checks that the dates form
/// such a period.
/// </summary>
public sealed class ReportingPeriodJsonConverter : JsonConverter<ReportingPeriod>
{
    /// <inheritdoc/>
    public override ReportingPeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonReading.Expect(ref reader, JsonTokenType.StartObject, "a reporting period object");
        PeriodUnit? unit = null;
        LocalDate? start = null;
        LocalDate? end = null;
        int month = 1;
        FiscalYearNaming naming = FiscalYearNaming.EndingYear;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string property = reader.GetString()!;
            switch (property.ToUpperInvariant())
            {
                case "UNIT":
                    unit =
                        Enum.TryParse(JsonReading.ReadString(ref reader, property), ignoreCase: true, out PeriodUnit u)
                        && Enum.IsDefined(u)
                            ? u
                            : throw new JsonException($"Property '{property}' is not a period unit.");
                    break;
                case "START":
                    start = JsonReading.ReadDate(ref reader, property);
                    break;
                case "END":
                    end = JsonReading.ReadDate(ref reader, property);
                    break;
                case "FISCALYEARSTARTMONTH":
                    month = (int)JsonReading.ReadDecimal(ref reader, property);
                    break;
                case "FISCALYEARNAMING":
                    naming =
                        Enum.TryParse(
                            JsonReading.ReadString(ref reader, property),
                            ignoreCase: true,
                            out FiscalYearNaming n
                        ) && Enum.IsDefined(n)
                            ? n
                            : throw new JsonException($"Property '{property}' is not a fiscal year naming.");
                    break;
                default:
                    reader.Read();
                    reader.Skip();
                    break;
            }
        }
        const string Type = "reporting period";
        PeriodUnit periodUnit = JsonReading.Required(unit, "unit", Type);
        LocalDate first = JsonReading.Required(start, "start", Type);
        LocalDate last = JsonReading.Required(end, "end", Type);
        ReportingPeriod period = JsonReading.Build(
            () => new ReportingCalendar(month, naming).PeriodOf(first, periodUnit),
            Type
        );
        return period.Start == first && period.End == last
            ? period
            : throw new JsonException(
                $"{first:uuuu-MM-dd} to {last:uuuu-MM-dd} is not a {periodUnit} period; the {periodUnit} containing "
                    + $"{first:uuuu-MM-dd} is {period}."
            );
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ReportingPeriod value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("unit", value.Unit.ToString());
        JsonReading.WriteDate(writer, "start", value.Start);
        JsonReading.WriteDate(writer, "end", value.End);
        writer.WriteString("label", value.Label);
        if (value.Unit is PeriodUnit.FiscalQuarter or PeriodUnit.FiscalYear)
        {
            writer.WriteNumber("fiscalYearStartMonth", value.FiscalYearStartMonth);
            writer.WriteString("fiscalYearNaming", value.FiscalYearNaming.ToString());
        }
        writer.WriteEndObject();
    }
}
