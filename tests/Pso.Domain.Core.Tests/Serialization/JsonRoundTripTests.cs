using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using Pso.Domain.Calendars;
using Pso.Domain.Errors;
using Pso.Domain.Periods;
using Pso.Domain.Serialization;
using Pso.Domain.Testing;

namespace Pso.Domain.Tests.Serialization;

public class JsonRoundTripTests
{
    // A host's options: reflection for its own types, configured for Pso.Domain.
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    }.ConfigureForPsoDomain();

    private static T RoundTrip<T>(T value) =>
        JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Options), Options)!;

    [Fact]
    public void Money_is_an_object_with_an_exact_amount_and_a_code()
    {
        Assert.Equal(
            """{"amount":1234.50,"currency":"EUR"}""",
            JsonSerializer.Serialize(Pso.Domain.Money.Of(1234.50m, "EUR"), Options)
        );
        Assert.Equal(
            Pso.Domain.Money.Of(1.5m, "USD"),
            JsonSerializer.Deserialize<Pso.Domain.Money>("\"USD 1.50\"", Options)
        );
    }

    [Fact]
    public void Ids_are_strings_also_as_dictionary_keys()
    {
        var hours = new Dictionary<ProjectId, Work> { [new ProjectId("PRJ-1")] = Work.FromHours(7.5m) };

        string json = JsonSerializer.Serialize(hours, Options);

        Assert.Equal("""{"PRJ-1":7.5}""", json);
        Assert.Equal(hours, JsonSerializer.Deserialize<Dictionary<ProjectId, Work>>(json, Options));
    }

    [Fact]
    public void The_source_generated_context_serializes_without_reflection()
    {
        string json = JsonSerializer.Serialize(new ResourceId("alice"), PsoCoreJsonContext.Default.ResourceId);

        Assert.Equal("\"alice\"", json);
        Assert.Equal(new ResourceId("alice"), JsonSerializer.Deserialize(json, PsoCoreJsonContext.Default.ResourceId));
    }

    [Theory]
    [InlineData("""{"amount":1}""", "currency")]
    [InlineData("""{"amount":"x","currency":"EUR"}""", "amount")]
    [InlineData("""{"amount":1,"currency":"XYZ"}""", "XYZ")]
    [InlineData("\"EUR one\"", "EUR one")]
    public void Bad_money_gives_a_json_error_that_says_what_is_wrong(string json, string mentioned)
    {
        JsonException error = Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize<Pso.Domain.Money>(json, Options)
        );

        Assert.Contains(mentioned, error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_ids_and_periods_give_json_errors()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ProjectId>("\" padded \"", Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ProjectId>("42", Options));
        JsonException period = Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize<ReportingPeriod>(
                """{"unit":"Month","start":"2026-11-02","end":"2026-11-30"}""",
                Options
            )
        );
        Assert.Contains("2026-11-02", period.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_derived_calendar_round_trips_with_its_base()
    {
        var project = new WorkCalendar(
            new CalendarId("project"),
            WorkWeek.Standard,
            [CalendarException.Holiday(new LocalDate(2026, 12, 25), "Christmas Day")],
            "Project"
        );
        WorkCalendar alice = project.Derive(
            new CalendarId("alice"),
            [
                new CalendarException(
                    new DateInterval(new LocalDate(2026, 12, 28), new LocalDate(2026, 12, 31)),
                    WorkingDay.NonWorking,
                    "Leave"
                ),
            ],
            new Dictionary<IsoDayOfWeek, WorkingDay> { [IsoDayOfWeek.Friday] = WorkingDay.Parse("08:00-12:00") }
        );

        string json = JsonSerializer.Serialize(alice, Options);
        WorkCalendar back = JsonSerializer.Deserialize<WorkCalendar>(json, Options)!;

        Assert.Equal(alice, back);
        Assert.Contains("\"friday\":\"08:00-12:00\"", json, System.StringComparison.Ordinal);
        Assert.Contains("\"monday\":\"08:00-12:00, 13:00-17:00\"", json, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_errors_round_trip()
    {
        var error = new ValidationError(
            "time-entry.negative-hours",
            "Hours must not be negative.",
            new ErrorLocation
            {
                File = "toggl.csv",
                Line = 12,
                Column = 4,
                Field = "Duration",
                RecordId = "e-17",
            },
            ValidationSeverity.Warning
        );

        string json = JsonSerializer.Serialize(error, Options);

        Assert.Equal(error, RoundTrip(error));
        Assert.Contains("\"severity\":\"Warning\"", json, System.StringComparison.Ordinal);
    }

    [SeededProperty]
    public bool Money_round_trips(Pso.Domain.Money money) => RoundTrip(money) == money;

    [SeededProperty]
    public bool Currency_round_trips(Currency currency) => RoundTrip(currency) == currency;

    [SeededProperty]
    public bool Work_round_trips(decimal hours) => RoundTrip(Work.FromHours(hours)) == Work.FromHours(hours);

    [SeededProperty]
    public bool Calendars_round_trip(WorkCalendar calendar) => RoundTrip(calendar).Equals(calendar);

    [SeededProperty]
    public bool Derived_calendars_round_trip(DerivedCalendar pair) => RoundTrip(pair.Derived).Equals(pair.Derived);

    [SeededProperty]
    public bool Reporting_periods_round_trip(LocalDateTime moment, byte firstMonth, bool endingYear)
    {
        var calendar = new ReportingCalendar(
            (firstMonth % 12) + 1,
            endingYear ? FiscalYearNaming.EndingYear : FiscalYearNaming.StartingYear
        );
        foreach (PeriodUnit unit in System.Enum.GetValues<PeriodUnit>())
        {
            ReportingPeriod period = calendar.PeriodOf(moment.Date, unit);
            if (RoundTrip(period) != period)
            {
                return false;
            }
        }
        return true;
    }

    [SeededProperty]
    public bool Exchange_rate_tables_round_trip(Pso.Domain.Money a, Pso.Domain.Money b, LocalDateTime from, byte days)
    {
        // Only cases that make a rate: two currencies and a positive rate.
        Currency to =
            b.Currency != a.Currency ? b.Currency
            : a.Currency == Currency.Eur ? Currency.Usd
            : Currency.Eur;
        decimal rate = (System.Math.Abs(a.Amount) / 2m) + 0.0001m;
        var table = new ExchangeRateTable([
            new ExchangeRate(a.Currency, to, rate, new DateInterval(from.Date, from.Date.PlusDays(days))),
        ]);
        ExchangeRateTable back = RoundTrip(table);
        return back.Rates.Length == 1 && back.Rates[0] == table.Rates[0];
    }

    [Fact]
    public void Options_also_carry_NodaTime_converters_for_host_types()
    {
        Assert.Equal("\"2026-11-25\"", JsonSerializer.Serialize(new LocalDate(2026, 11, 25), Options));
        Assert.Equal(
            "\"2026-11-25T10:00:00Z\"",
            JsonSerializer.Serialize(Instant.FromUtc(2026, 11, 25, 10, 0), Options)
        );
    }

    [Fact]
    public void The_ready_made_options_serialize_core_and_NodaTime_types_without_reflection()
    {
        Assert.Equal("\"2026-11-25\"", JsonSerializer.Serialize(new LocalDate(2026, 11, 25), PsoJson.Options));
        Assert.Equal(
            """{"amount":5.00,"currency":"GBP"}""",
            JsonSerializer.Serialize(Pso.Domain.Money.Of(5.00m, "GBP"), PsoJson.Options)
        );
        Assert.True(PsoJson.Options.IsReadOnly);
    }
}
