namespace Pso.Domain.Scheduling;

/// <summary>A logical relationship between two activities: the successor's dates depend on the predecessor's.</summary>
/// <remarks>Instances are immutable and compare by value.</remarks>
public sealed record Dependency
{
    /// <summary>Initialises a dependency.</summary>
    /// <param name="predecessor">The activity depended on.</param>
    /// <param name="successor">The dependent activity.</param>
    /// <param name="type">How the dates depend; finish-to-start by default.</param>
    /// <param name="lag">The delay (or, negative, the lead) between them; none by default.</param>
    public Dependency(
        ActivityId predecessor,
        ActivityId successor,
        DependencyType type = DependencyType.FinishToStart,
        Lag lag = default
    )
    {
        Predecessor = predecessor;
        Successor = successor;
        Type = type;
        Lag = lag;
    }

    /// <summary>Gets the activity depended on.</summary>
    public ActivityId Predecessor { get; }

    /// <summary>Gets the dependent activity.</summary>
    public ActivityId Successor { get; }

    /// <summary>Gets how the dates depend.</summary>
    public DependencyType Type { get; }

    /// <summary>Gets the delay or lead.</summary>
    public Lag Lag { get; }

    /// <summary>Returns the dependency as <c>A FS+8h B</c>.</summary>
    /// <returns>The dependency for people to read.</returns>
    public override string ToString()
    {
        string type = Type switch
        {
            DependencyType.StartToStart => "SS",
            DependencyType.FinishToFinish => "FF",
            DependencyType.StartToFinish => "SF",
            _ => "FS",
        };
        return $"{Predecessor} {type}{(Lag == Lag.None ? "" : Lag.ToString())} {Successor}";
    }
}
