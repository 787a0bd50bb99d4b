using NodaTime;

namespace Pso.Domain.Costs.Rates;

/// <summary>The rates of a card from a date on, until the card's next rate takes over. Cost rates are what the work
/// costs the organisation; bill rates what it charges; both per hour, except per-use amounts, charged once per
/// use.</summary>
/// <param name="EffectiveFrom">The first day the rate is in force.</param>
/// <param name="StandardCost">The cost of an hour of normal work.</param>
public sealed record Rate(LocalDate EffectiveFrom, Money StandardCost)
{
    /// <summary>Gets the cost of an hour of overtime, if the card allows overtime.</summary>
    public Money? OvertimeCost { get; init; }

    /// <summary>Gets what an hour of normal work is billed at, if billed.</summary>
    public Money? StandardBill { get; init; }

    /// <summary>Gets what an hour of overtime is billed at, if billed.</summary>
    public Money? OvertimeBill { get; init; }

    /// <summary>Gets the cost charged once per use (a call-out, a licence), if any.</summary>
    public Money? PerUseCost { get; init; }
}
