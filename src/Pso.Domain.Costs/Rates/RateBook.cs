using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using Pso.Domain.Errors;

namespace Pso.Domain.Costs.Rates;

/// <summary>The rate cards in force across a portfolio, checked: each card is for one resource or one role (not both,
/// not neither), at most one card per resource and per role, no two rates of a card from the same day, and one currency
/// per card. The rate in force on a date is the latest one effective on or before it, from the resource's own card if
/// it has one, otherwise from its role's.</summary>
public sealed class RateBook
{
    private readonly Dictionary<ResourceId, RateCard> _byResource = [];
    private readonly Dictionary<RoleId, RateCard> _byRole = [];

    /// <summary>Initialises and checks the book.</summary>
    /// <param name="cards">The cards.</param>
    /// <exception cref="ValidationException">A card is inconsistent; every problem is listed.</exception>
    public RateBook(IEnumerable<RateCard> cards)
    {
        ArgumentNullException.ThrowIfNull(cards);
        Cards = [.. cards.Select(c => c with { Rates = [.. c.Rates.OrderBy(r => r.EffectiveFrom)] })];
        var errors = new List<ValidationError>();
        var ids = new HashSet<RateCardId>();
        foreach (RateCard card in Cards)
        {
            string id = card.Id.Value;
            if (!ids.Add(card.Id))
            {
                errors.Add(ValidationError.Duplicate(CostErrorCodes.Duplicate, "Rate card", id));
            }
            if ((card.Resource is null) == (card.Role is null))
            {
                errors.Add(
                    ValidationError.ForRecord(
                        CostErrorCodes.RateCardSubject,
                        $"Rate card '{id}' must be for one resource or one role.",
                        id,
                        "resource"
                    )
                );
            }
            else if (card.Resource is ResourceId resource && !_byResource.TryAdd(resource, card))
            {
                errors.Add(
                    ValidationError.ForRecord(
                        CostErrorCodes.Duplicate,
                        $"Resource '{resource}' has more than one rate card.",
                        id,
                        "resource"
                    )
                );
            }
            else if (card.Role is RoleId role && card.Resource is null && !_byRole.TryAdd(role, card))
            {
                errors.Add(
                    ValidationError.ForRecord(
                        CostErrorCodes.Duplicate,
                        $"Role '{role}' has more than one rate card.",
                        id,
                        "role"
                    )
                );
            }
            foreach (var day in card.Rates.GroupBy(r => r.EffectiveFrom).Where(g => g.Count() > 1))
            {
                errors.Add(
                    ValidationError.ForRecord(
                        CostErrorCodes.Duplicate,
                        $"Rate card '{id}' has two rates from {day.Key:uuuu-MM-dd}.",
                        id,
                        "effectiveFrom"
                    )
                );
            }
            var amounts = card
                .Rates.SelectMany(r =>
                    new[] { r.StandardCost, r.OvertimeCost, r.StandardBill, r.OvertimeBill, r.PerUseCost }
                )
                .OfType<Money>()
                .ToList();
            if (amounts.Select(m => m.Currency).Distinct().Count() > 1)
            {
                errors.Add(
                    ValidationError.ForRecord(
                        CostErrorCodes.CurrencyMismatch,
                        $"Rate card '{id}' mixes currencies.",
                        id,
                        "rates"
                    )
                );
            }
            if (amounts.Any(m => m.Amount < 0))
            {
                errors.Add(
                    ValidationError.ForRecord(
                        CostErrorCodes.NegativeAmount,
                        $"Rate card '{id}' has a negative rate.",
                        id,
                        "rates"
                    )
                );
            }
        }
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }
    }

    /// <summary>Gets the cards, each with its rates in date order.</summary>
    public ImmutableArray<RateCard> Cards { get; }

    /// <summary>Finds the rate in force for a resource on a date: its own card's, else its role's.</summary>
    /// <param name="resource">The resource.</param>
    /// <param name="role">The role it works in, if known.</param>
    /// <param name="date">The date.</param>
    /// <param name="card">The card the rate comes from.</param>
    /// <param name="rate">The rate.</param>
    /// <returns>Whether a rate is in force.</returns>
    public bool TryGetRate(ResourceId resource, RoleId? role, LocalDate date, out RateCard card, out Rate rate)
    {
        foreach (
            RateCard? candidate in new[]
            {
                _byResource.GetValueOrDefault(resource),
                role is RoleId r ? _byRole.GetValueOrDefault(r) : null,
            }
        )
        {
            if (candidate is not null && InForce(candidate, date) is Rate found)
            {
                (card, rate) = (candidate, found);
                return true;
            }
        }
        (card, rate) = (null!, null!);
        return false;
    }

    /// <summary>Gets the rate in force for a resource on a date: its own card's, else its role's.</summary>
    /// <param name="resource">The resource.</param>
    /// <param name="role">The role it works in, if known.</param>
    /// <param name="date">The date.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="RateNotFoundException">Neither card has a rate effective on or before the date.</exception>
    public Rate RateInForce(ResourceId resource, RoleId? role, LocalDate date) =>
        TryGetRate(resource, role, date, out _, out Rate rate) ? rate : throw NoRate(resource, role, date);

    /// <summary>Gets the overtime cost in force for a resource on a date: that of the rate in force.</summary>
    /// <param name="resource">The resource.</param>
    /// <param name="role">The role it works in, if known.</param>
    /// <param name="date">The date.</param>
    /// <param name="rate">The rate in force.</param>
    /// <returns>The overtime cost per hour.</returns>
    /// <exception cref="RateNotFoundException">No rate is in force, or the rate in force has no overtime
    /// cost.</exception>
    internal Money OvertimeCostInForce(ResourceId resource, RoleId? role, LocalDate date, out Rate rate)
    {
        if (!TryGetRate(resource, role, date, out RateCard card, out rate))
        {
            throw NoRate(resource, role, date);
        }
        return rate.OvertimeCost
            ?? throw new RateNotFoundException(
                resource,
                role,
                date,
                overtime: true,
                $"No overtime rate is in force for '{resource}' on {date:uuuu-MM-dd}: the rate in force, from "
                    + $"{Describe(card)} "
                    + $"effective {rate.EffectiveFrom:uuuu-MM-dd}, has a standard cost of {rate.StandardCost} per "
                    + "hour and no overtime cost."
            );
    }

    /// <summary>Says exactly which cards were looked up and what each lacked.</summary>
    private RateNotFoundException NoRate(ResourceId resource, RoleId? role, LocalDate date)
    {
        string own = _byResource.TryGetValue(resource, out RateCard? card)
            ? $"its own rate card has no rate effective on or before that date{First(card)}"
            : "it has no rate card of its own";
        string roles =
            role is not RoleId r ? "no role was given to fall back on"
            : _byRole.TryGetValue(r, out RateCard? roleCard)
                ? $"the card of its role '{r}' has no rate effective on or before that date{First(roleCard)}"
            : $"its role '{r}' has no rate card";
        return new RateNotFoundException(
            resource,
            role,
            date,
            overtime: false,
            $"No rate is in force for '{resource}' on {date:uuuu-MM-dd}: {own}, and {roles}."
        );
    }

    private static string First(RateCard card) =>
        card.Rates.IsEmpty
            ? " (it has no rates)"
            : $" (its first is effective {card.Rates[0].EffectiveFrom:uuuu-MM-dd})";

    private static string Describe(RateCard card) =>
        card.Resource is ResourceId who ? $"the rate card of '{who}'" : $"the rate card of role '{card.Role}'";

    /// <summary>The latest rate effective on or before a date: a binary search over the dated rates.</summary>
    private static Rate? InForce(RateCard card, LocalDate date)
    {
        int low = 0;
        int high = card.Rates.Length - 1;
        int found = -1;
        while (low <= high)
        {
            int middle = (low + high) / 2;
            if (card.Rates[middle].EffectiveFrom <= date)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        return found < 0 ? null : card.Rates[found];
    }
}
