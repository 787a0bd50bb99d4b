using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using Pso.Domain.Calendars;
using Pso.Domain.Errors;
using Pso.Domain.Periods;

namespace Pso.Domain.Serialization;

/// <summary>
/// The source-generated JSON metadata for the types of Pso.Domain.Core, for reflection-free (trimmed or native AOT)
/// serialization. <see cref="PsoJson.ConfigureForPsoDomain"/> adds it to a host's options.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Currency))]
[JsonSerializable(typeof(Money))]
[JsonSerializable(typeof(Money[]))]
[JsonSerializable(typeof(Work))]
[JsonSerializable(typeof(ExchangeRate))]
[JsonSerializable(typeof(ExchangeRateTable))]
[JsonSerializable(typeof(ProjectId))]
[JsonSerializable(typeof(ActivityId))]
[JsonSerializable(typeof(ResourceId))]
[JsonSerializable(typeof(RoleId))]
[JsonSerializable(typeof(SkillId))]
[JsonSerializable(typeof(TeamId))]
[JsonSerializable(typeof(RateCardId))]
[JsonSerializable(typeof(CostAccountId))]
[JsonSerializable(typeof(CalendarId))]
[JsonSerializable(typeof(WorkCalendar))]
[JsonSerializable(typeof(ReportingPeriod))]
[JsonSerializable(typeof(PeriodUnit))]
[JsonSerializable(typeof(ValidationError))]
[JsonSerializable(typeof(ValidationError[]))]
[JsonSerializable(typeof(LocalDate))]
[JsonSerializable(typeof(LocalDateTime))]
[JsonSerializable(typeof(LocalTime))]
[JsonSerializable(typeof(Instant))]
[JsonSerializable(typeof(Duration))]
[JsonSerializable(typeof(DateInterval))]
public sealed partial class PsoCoreJsonContext : JsonSerializerContext;
