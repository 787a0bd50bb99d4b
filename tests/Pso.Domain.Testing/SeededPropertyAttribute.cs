using FsCheck.Xunit;

namespace Pso.Domain.Testing;

/// <summary>
/// A property test that runs the same cases on every run: FsCheck's generator starts from a fixed seed, and the
/// domain's generators from <see cref="DomainArbitraries"/> are registered.
/// </summary>
public sealed class SeededPropertyAttribute : PropertyAttribute
{
    public SeededPropertyAttribute()
    {
        Replay = "(20261125,1)";
        Arbitrary = [typeof(DomainArbitraries)];
        MaxTest = 200;
    }
}
