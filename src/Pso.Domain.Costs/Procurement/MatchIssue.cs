namespace Pso.Domain.Costs.Procurement;

/// <summary>One thing wrong found by matching invoices against commitments and receipts.</summary>
/// <param name="Code">The stable code, one of <see cref="MatchCodes"/>.</param>
/// <param name="Vendor">The vendor.</param>
/// <param name="Invoice">The invoice number.</param>
/// <param name="Line">The invoice line, when one.</param>
/// <param name="Message">What is wrong, naming the records.</param>
public sealed record MatchIssue(string Code, VendorId Vendor, string Invoice, int? Line, string Message);
