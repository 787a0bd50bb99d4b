using System.Text.Json.Serialization;

namespace Pso.Domain.Periods;

/// <summary>Which calendar year names a fiscal year that spans two.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FiscalYearNaming>))]
public enum FiscalYearNaming
{
    /// <summary>The year in which the fiscal year ends, as the US federal government does (October 2026 to September
    /// 2027 is FY2027).</summary>
    EndingYear = 0,

    /// <summary>The year in which the fiscal year starts, as Japan does (April 2026 to March 2027 is FY2026).</summary>
    StartingYear = 1,
}
