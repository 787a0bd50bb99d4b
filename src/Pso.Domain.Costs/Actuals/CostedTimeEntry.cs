using Pso.Domain.Costs.Rates;

namespace Pso.Domain.Costs.Actuals;

/// <summary>A time entry with its cost.</summary>
/// <param name="Entry">The entry.</param>
/// <param name="Rate">The rate in force on its date.</param>
/// <param name="Cost">Its hours times the rate (overtime where flagged), rounded to the currency's minor unit.</param>
public sealed record CostedTimeEntry(TimeEntry Entry, Rate Rate, Money Cost);
