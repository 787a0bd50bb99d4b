using System;
using System.Linq;
using BenchmarkDotNet.Running;
using Pso.Domain.Benchmarks.Commands;

// With a sub-command name first, run that quick command; otherwise hand the arguments to BenchmarkDotNet's switcher
// (no arguments: it asks which benchmarks to run; --filter '*' runs them all).
ICommand[] commands =
[
    new CalendarCommand(),
    new CpmCommand(),
    new MspdiCommand(),
    new CapacityCommand(),
    new RcpspCommand(),
    new RcmpspCommand(),
    new StaffingCommand(),
    new ThroughputCommand(),
    new IntakeCommand(),
    new AggregateCommand(),
    new RiskCommand(),
    new PlanCommand(),
];

if (args.Length > 0 && args[0] is "help" or "--help" or "-h")
{
    Console.WriteLine("Usage: dotnet run -c Release --project benchmarks/Pso.Domain.Benchmarks -- <command> [options]");
    Console.WriteLine(
        "       dotnet run -c Release --project benchmarks/Pso.Domain.Benchmarks -- [BenchmarkDotNet options]"
    );
    Console.WriteLine();
    Console.WriteLine("Commands:");
    foreach (ICommand command in commands)
    {
        Console.WriteLine($"  {command.Usage}");
        Console.WriteLine($"      {command.Description}");
    }
    return 0;
}

// "assign" was the staffing command's name before the two questions were named levelling and staffing.
string? named = args.Length > 0 ? (args[0] == "assign" ? "staffing" : args[0]) : null;
ICommand? chosen = named is null ? null : commands.FirstOrDefault(c => c.Name == named);
if (chosen is null)
{
    BenchmarkSwitcher.FromAssembly(typeof(CalendarCommand).Assembly).Run(args);
    return 0;
}
try
{
    return chosen.Run(args[1..]);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"{chosen.Name}: {e.Message}");
    Console.Error.WriteLine($"usage: {chosen.Usage}");
    return 2;
}
