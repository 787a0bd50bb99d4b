namespace Pso.Domain.Costs.Procurement;

/// <summary>The stable codes of matching problems.</summary>
public static class MatchCodes
{
    /// <summary>The lines (with tax) do not add up to the invoice's stated total.</summary>
    public const string LinesDoNotSum = "costs.invoice-lines-do-not-sum";

    /// <summary>A vendor's invoice number appears twice.</summary>
    public const string DuplicateInvoice = "costs.duplicate-invoice";

    /// <summary>A line names a commitment or commitment line that does not exist.</summary>
    public const string UnknownCommitment = "costs.unknown-commitment";

    /// <summary>An invoice is in another currency than its commitment, or from another vendor.</summary>
    public const string CommitmentMismatch = "costs.commitment-mismatch";

    /// <summary>A line's unit price differs from the commitment line's.</summary>
    public const string PriceMismatch = "costs.price-mismatch";

    /// <summary>More has been invoiced on a commitment line than was ordered.</summary>
    public const string OverInvoiced = "costs.over-invoiced";

    /// <summary>More has been invoiced on a commitment line than was received or accepted.</summary>
    public const string NotReceived = "costs.not-received";
}
