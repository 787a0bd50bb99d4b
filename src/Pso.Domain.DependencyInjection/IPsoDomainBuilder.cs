using Microsoft.Extensions.DependencyInjection;

namespace Pso.Domain.DependencyInjection;

/// <summary>
/// Returned by <see cref="PsoDomainServiceCollectionExtensions.AddPsoDomain(IServiceCollection)"/> so that each
/// Pso.Domain package (and an integrator's own code) can add its services with an extension method on this builder,
/// such as <c>builder.AddScheduling()</c>.
/// </summary>
public interface IPsoDomainBuilder
{
    /// <summary>Gets the service collection that Pso.Domain is registered in.</summary>
    IServiceCollection Services { get; }
}
