using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Pso.Domain.Errors;

namespace Pso.Domain.Costs.Budgets;

/// <summary>The cost accounts of a portfolio as a checked hierarchy: ids unique, parents known, no cycles. Answers
/// which accounts roll up into which, so that budgets and costs can be summed at any level.</summary>
public sealed class CostAccountTree
{
    private readonly FrozenDictionary<CostAccountId, CostAccount> _byId;
    private readonly FrozenDictionary<CostAccountId, ImmutableArray<CostAccountId>> _children;

    /// <summary>Initialises and checks the hierarchy.</summary>
    /// <param name="accounts">The accounts.</param>
    /// <exception cref="ValidationException">An id is repeated, a parent is unknown, or parents form a cycle; every
    /// problem is listed.</exception>
    public CostAccountTree(IEnumerable<CostAccount> accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        Accounts = [.. accounts];
        var errors = new List<ValidationError>();
        var byId = new Dictionary<CostAccountId, CostAccount>();
        foreach (CostAccount account in Accounts)
        {
            if (!byId.TryAdd(account.Id, account))
            {
                errors.Add(ValidationError.Duplicate(CostErrorCodes.Duplicate, "Cost account", account.Id.Value));
            }
        }
        foreach (
            CostAccount account in Accounts.Where(a => a.Parent is CostAccountId parent && !byId.ContainsKey(parent))
        )
        {
            errors.Add(
                ValidationError.ForRecord(
                    CostErrorCodes.UnknownAccount,
                    $"Cost account '{account.Id}' rolls up into '{account.Parent}', which is not an account.",
                    account.Id,
                    "parent"
                )
            );
        }
        if (errors.Count == 0)
        {
            foreach (CostAccount account in Accounts)
            {
                var seen = new HashSet<CostAccountId> { account.Id };
                for (CostAccountId? up = account.Parent; up is CostAccountId parent; up = byId[parent].Parent)
                {
                    if (!seen.Add(parent))
                    {
                        errors.Add(
                            ValidationError.ForRecord(
                                CostErrorCodes.Cycle,
                                $"Cost account '{account.Id}' rolls up into itself.",
                                account.Id,
                                "parent"
                            )
                        );
                        break;
                    }
                }
            }
        }
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }
        _byId = byId.ToFrozenDictionary();
        _children = Accounts
            .Where(a => a.Parent is not null)
            .GroupBy(a => a.Parent!.Value)
            .ToFrozenDictionary(g => g.Key, g => g.Select(a => a.Id).ToImmutableArray());
    }

    /// <summary>Gets the accounts, in the order given.</summary>
    public ImmutableArray<CostAccount> Accounts { get; }

    /// <summary>Gets an account.</summary>
    /// <param name="id">The account's id.</param>
    /// <returns>The account.</returns>
    /// <exception cref="UnknownIdException">There is no such account.</exception>
    public CostAccount this[CostAccountId id] =>
        _byId.TryGetValue(id, out CostAccount? account)
            ? account
            : throw new UnknownIdException(
                CostErrorCodes.UnknownAccount,
                id.Value,
                $"There is no cost account '{id}'."
            );

    /// <summary>Tells whether an account exists.</summary>
    /// <param name="id">The account's id.</param>
    /// <returns>Whether it does.</returns>
    public bool Contains(CostAccountId id) => _byId.ContainsKey(id);

    /// <summary>Gets an account's direct children, in the order given.</summary>
    /// <param name="id">The account's id.</param>
    /// <returns>The children.</returns>
    public ImmutableArray<CostAccountId> ChildrenOf(CostAccountId id) =>
        _children.TryGetValue(id, out var children) ? children : [];

    /// <summary>Gets an account and every account below it, depth first.</summary>
    /// <param name="id">The account's id.</param>
    /// <returns>The account, then its descendants.</returns>
    public ImmutableArray<CostAccountId> Subtree(CostAccountId id)
    {
        var result = ImmutableArray.CreateBuilder<CostAccountId>();
        var stack = new Stack<CostAccountId>([id]);
        while (stack.Count > 0)
        {
            CostAccountId next = stack.Pop();
            result.Add(next);
            foreach (CostAccountId child in ChildrenOf(next).Reverse())
            {
                stack.Push(child);
            }
        }
        return result.ToImmutable();
    }

    /// <summary>Tells whether an account is another or lies below it.</summary>
    /// <param name="account">The account.</param>
    /// <param name="ancestor">The possible ancestor.</param>
    /// <returns>Whether it rolls up into it (or is it).</returns>
    public bool RollsUpInto(CostAccountId account, CostAccountId ancestor)
    {
        for (
            CostAccountId? at = account;
            at is CostAccountId current;
            at = _byId.TryGetValue(current, out CostAccount? a) ? a.Parent : null
        )
        {
            if (current == ancestor)
            {
                return true;
            }
        }
        return false;
    }
}
