using System.Collections.Immutable;

namespace Pso.Domain.Costs.Rates;

/// <summary>A rate card: the dated rates of one resource, or of everyone in one role.</summary>
/// <param name="Id">The card's id.</param>
public sealed record RateCard(RateCardId Id)
{
    /// <summary>Gets the resource the card is for; a resource's own card comes before its role's.</summary>
    public ResourceId? Resource { get; init; }

    /// <summary>Gets the role the card is for, when not for one resource.</summary>
    public RoleId? Role { get; init; }

    /// <summary>Gets the rates, each from its effective date.</summary>
    public ImmutableArray<Rate> Rates { get; init; } = [];
}
