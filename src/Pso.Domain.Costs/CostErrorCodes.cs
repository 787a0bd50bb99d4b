namespace Pso.Domain.Costs;

/// <summary>The stable codes of the cost model's errors.</summary>
public static class CostErrorCodes
{
    /// <summary>Two records share an id.</summary>
    public const string Duplicate = "costs.duplicate";

    /// <summary>A record names a cost account that does not exist.</summary>
    public const string UnknownAccount = "costs.unknown-account";

    /// <summary>Cost accounts roll up into themselves.</summary>
    public const string Cycle = "costs.cycle";

    /// <summary>A rate card is for neither or both of a resource and a role.</summary>
    public const string RateCardSubject = "costs.rate-card-subject";

    /// <summary>No rate is in force for a resource or role on a date.</summary>
    public const string NoRate = "costs.no-rate";

    /// <summary>Amounts that must share a currency do not.</summary>
    public const string CurrencyMismatch = "costs.currency-mismatch";

    /// <summary>An amount, hours or rate is negative where it may not be.</summary>
    public const string NegativeAmount = "costs.negative-amount";
}
