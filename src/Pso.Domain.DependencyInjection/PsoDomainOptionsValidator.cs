using System.Collections.Generic;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Pso.Domain.DependencyInjection;

/// <summary>Checks <see cref="PsoDomainOptions"/> when they are first used, so a bad setting fails at start with a
/// message that names it.</summary>
internal sealed class PsoDomainOptionsValidator : IValidateOptions<PsoDomainOptions>
{
    public ValidateOptionsResult Validate(string? name, PsoDomainOptions options)
    {
        var failures = new List<string>();
        if (!Currency.TryFromCode(options.ReportingCurrency, out _))
        {
            failures.Add(
                $"{nameof(PsoDomainOptions.ReportingCurrency)} '{options.ReportingCurrency}' is not a known ISO 4217 "
                    + "currency code."
            );
        }
        if (options.FiscalYearStartMonth is < 1 or > 12)
        {
            failures.Add(
                $"{nameof(PsoDomainOptions.FiscalYearStartMonth)} must be from 1 to 12; it is "
                    + $"{options.FiscalYearStartMonth}."
            );
        }
        if (!System.Enum.IsDefined(options.FiscalYearNaming))
        {
            failures.Add(
                $"{nameof(PsoDomainOptions.FiscalYearNaming)} '{options.FiscalYearNaming}' is not a defined naming."
            );
        }
        if (options.TimeZone is null || DateTimeZoneProviders.Tzdb.GetZoneOrNull(options.TimeZone) is null)
        {
            failures.Add(
                $"{nameof(PsoDomainOptions.TimeZone)} '{options.TimeZone}' is not a TZDB time zone id such as "
                    + "'Europe/London'."
            );
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
