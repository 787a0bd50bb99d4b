using System.Collections.Immutable;

namespace Pso.Domain.Costs.Procurement;

/// <summary>The result of matching: every problem found, and each commitment's open amount.</summary>
/// <param name="Issues">Every problem, invoice by invoice, line by line.</param>
/// <param name="Open">Each commitment's open amount: committed less invoiced (before tax), never below zero.</param>
public sealed record MatchReport(ImmutableArray<MatchIssue> Issues, ImmutableDictionary<CommitmentId, Money> Open);
