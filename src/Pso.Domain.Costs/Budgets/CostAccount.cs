namespace Pso.Domain.Costs.Budgets;

/// <summary>A cost account: where budget and actual cost are collected, mapped to an element of the work breakdown
/// structure (PMBOK's control account when it is the level at which performance is measured).</summary>
/// <param name="Id">The account's id.</param>
/// <param name="Name">Its name.</param>
public sealed record CostAccount(CostAccountId Id, string Name)
{
    /// <summary>Gets the account it rolls up into, if any.</summary>
    public CostAccountId? Parent { get; init; }

    /// <summary>Gets the WBS element it is mapped to, such as <c>1.2.3</c>, if any.</summary>
    public string? WbsCode { get; init; }

    /// <summary>Gets the project it belongs to, if any.</summary>
    public ProjectId? Project { get; init; }
}
