using System.Text.Json.Serialization;

namespace Pso.Domain.Periods;

/// <summary>The length of a reporting period.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PeriodUnit>))]
public enum PeriodUnit
{
    /// <summary>One day.</summary>
    Day = 0,

    /// <summary>An ISO 8601 week, Monday to Sunday, numbered within its week-year (<c>2026-W48</c>).</summary>
    Week = 1,

    /// <summary>A calendar month.</summary>
    Month = 2,

    /// <summary>A calendar quarter: January to March, April to June, July to September, October to December.</summary>
    Quarter = 3,

    /// <summary>A calendar year.</summary>
    Year = 4,

    /// <summary>A quarter of the fiscal year, counted from the fiscal year's first month.</summary>
    FiscalQuarter = 5,

    /// <summary>A fiscal year, starting on the first day of its configured first month.</summary>
    FiscalYear = 6,
}
