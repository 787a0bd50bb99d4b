namespace Pso.Domain.Costs.Procurement;

/// <summary>Where a supplier invoice stands.</summary>
public enum InvoiceStatus
{
    /// <summary>Received, not yet approved.</summary>
    Draft = 0,

    /// <summary>Approved for payment.</summary>
    Approved = 1,

    /// <summary>Paid.</summary>
    Paid = 2,

    /// <summary>Disputed with the vendor; it goes back to approved once settled.</summary>
    Disputed = 3,
}
