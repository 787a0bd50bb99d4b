using FsCheck.Xunit;

namespace Pso.Domain.Testing;

/// <summary>
/// A property test that runs the same cases on every run: FsCheck's generator starts from a fixed seed, and the
/// domain's generators from <see cref="DomainArbitraries"/> are registered.
/// </summary>
public sealed class SeededPropertyAttribute : PropertyAttribute
{
    /// <param name="arbitraries">Further classes of generators, beside <see cref="DomainArbitraries"/>.</param>
    public SeededPropertyAttribute(params System.Type[] arbitraries)
    {
        Replay = "(20261125,1)";
        Arbitrary = [typeof(DomainArbitraries), .. arbitraries];
        MaxTest = 200;
    }
}
