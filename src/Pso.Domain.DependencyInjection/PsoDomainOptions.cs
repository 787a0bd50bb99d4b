using Pso.Domain.Periods;

namespace Pso.Domain.DependencyInjection;

/// <summary>Settings that every Pso.Domain package shares; configure them through
/// <see
/// cref="PsoDomainServiceCollectionExtensions.AddPsoDomain(Microsoft.Extensions.DependencyInjection.IServiceCollection,
/// System.Action{PsoDomainOptions})"/>.</summary>
public sealed class PsoDomainOptions
{
    /// <summary>Gets or sets the ISO 4217 code of the currency that reports are made in. Default <c>EUR</c>.</summary>
    public string ReportingCurrency { get; set; } = "EUR";

    /// <summary>Gets or sets the month (1 to 12) in which the fiscal year starts. Default 1 (January).</summary>
    public int FiscalYearStartMonth { get; set; } = 1;

    /// <summary>Gets or sets which calendar year names a fiscal year that spans two. Default
    /// <see cref="FiscalYearNaming.EndingYear"/>.</summary>
    public FiscalYearNaming FiscalYearNaming { get; set; } = FiscalYearNaming.EndingYear;

    /// <summary>Gets or sets the TZDB id of the time zone in which the organisation's calendars are kept, such as
    /// <c>Europe/London</c>. Default <c>UTC</c>.</summary>
    public string TimeZone { get; set; } = "UTC";
}
