namespace Pso.Domain.Reporting.Reports;

/// <summary>The unpaid invoices of one ageing bucket.</summary>
/// <param name="Bucket">The bucket.</param>
/// <param name="Invoices">How many invoices.</param>
/// <param name="Amount">Their total.</param>
public sealed record AgeingLine(AgeingBucket Bucket, int Invoices, Money Amount);
