using System.Collections.Generic;

namespace Pso.Domain.Benchmarks.Commands;

/// <summary>A quick-run sub-command of the benchmarks program, such as <c>calendar</c>.</summary>
internal interface ICommand
{
    string Name { get; }

    string Usage { get; }

    string Description { get; }

    int Run(IReadOnlyList<string> args);
}
