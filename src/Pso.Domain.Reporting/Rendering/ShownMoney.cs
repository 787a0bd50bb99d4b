using System;
using System.Globalization;

namespace Pso.Domain.Reporting.Rendering;

/// <summary>Money as it is shown to a person in messages and rendered reports: rounded to the currency's minor unit (a
/// midpoint away from zero) with exactly its digits, such as <c>EUR 72499.17</c>. The exact amounts stay in the data
/// (the measures, JSON).</summary>
internal static class ShownMoney
{
    /// <summary>Gets the code and the rounded amount, such as <c>EUR 72499.17</c>.</summary>
    internal static string Text(Money money) => money.Currency.Code + " " + Amount(money);

    /// <summary>Gets the rounded amount alone, such as <c>72499.17</c> (<c>1235</c> for yen).</summary>
    internal static string Amount(Money money)
    {
        int digits = money.Currency.MinorUnitDigits;
        decimal rounded = decimal.Round(money.Amount, digits, MidpointRounding.AwayFromZero);
        return rounded.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}
