using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Pso.Domain.Resources;

namespace Pso.Domain.Allocation.Staffing;

/// <summary>Checks a staffing strategy on small hand-made problems: every plan must pass the
/// <see cref="StaffingChecker"/>, the same options must give the same plan, and the report shows each plan's score
/// beside the optimum (found by the exact <see cref="MinCostFlowStaffing"/>). For integrators who write their own
/// strategies or weigh the terms differently.</summary>
public static class StaffingHarness
{
    private static readonly RoleId Developer = new("developer");
    private static readonly SkillId Sql = new("sql");

    /// <summary>Gets the built-in problems: two demands competing for one expert, seniors kept for the work that needs
    /// them, preference against continuity, and a pinned assignment beside an absence.</summary>
    public static ImmutableArray<(string Name, StaffingProblem Problem)> Problems { get; } =
    [
        (
            "one expert, two demands",
            new StaffingProblem(
                [
                    new StaffingDemand(new DemandId("hard"), 0, 8)
                    {
                        Skills = [new SkillRequirement(Sql, 4)],
                        Weight = 3,
                    },
                    new StaffingDemand(new DemandId("easy"), 0, 8) { Skills = [new SkillRequirement(Sql, 1)] },
                ],
                [Person("expert", [8], 90m, 5), Person("novice", [8], 60m, 1)]
            )
        ),
        (
            "seniors kept for senior work",
            new StaffingProblem(
                [
                    new StaffingDemand(new DemandId("report"), 0, 6) { Skills = [new SkillRequirement(Sql, 2)] },
                    new StaffingDemand(new DemandId("tuning"), 0, 6) { Skills = [new SkillRequirement(Sql, 5)] },
                ],
                [Person("senior", [8], 80m, 5), Person("mid", [8], 80m, 3)]
            )
        ),
        (
            "preference against continuity",
            new StaffingProblem(
                [
                    new StaffingDemand(new DemandId("design"), 0, 4)
                    {
                        Role = Developer,
                        Project = new("P1"),
                        Preferred = [new ResourceId("asked")],
                    },
                    new StaffingDemand(new DemandId("build"), 0, 8) { Role = Developer, Project = new("P1") },
                ],
                [
                    Person("asked", [6], 95m, 0),
                    Person("veteran", [8], 95m, 0) with
                    {
                        Projects = [new ProjectId("P1")],
                    },
                    Person("new", [8], 70m, 0),
                ]
            )
        ),
        (
            "pinned work and an absence",
            new StaffingProblem(
                [
                    new StaffingDemand(new DemandId("support"), 0, 8) { Role = Developer },
                    new StaffingDemand(new DemandId("support"), 1, 8) { Role = Developer },
                ],
                [Person("ana", [8, 0], 70m, 0), Person("ben", [8, 8], 90m, 0)],
                pinned: [new ResourceAssignment(new DemandId("support"), 0, new ResourceId("ben"), 4)]
            )
        ),
    ];

    /// <summary>Runs a strategy on every built-in problem.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <param name="options">The options; the defaults when null.</param>
    /// <returns>One case per problem.</returns>
    public static ImmutableArray<StaffingHarnessCase> Check(IStaffingStrategy strategy, SolverOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        options ??= SolverOptions.Default;
        var exact = new StaffingSolver();
        var cases = ImmutableArray.CreateBuilder<StaffingHarnessCase>();
        foreach ((string name, StaffingProblem problem) in Problems)
        {
            ImmutableArray<ResourceAssignment> first =
            [
                .. problem.Pinned,
                .. strategy.Solve(problem, options, CancellationToken.None).Assignments,
            ];
            ImmutableArray<ResourceAssignment> second =
            [
                .. problem.Pinned,
                .. strategy.Solve(problem, options, CancellationToken.None).Assignments,
            ];
            ImmutableArray<ScheduleViolation> violations = StaffingChecker.Check(problem, first);
            Score? score = violations.IsEmpty ? new StaffingSolver(new Replay(first)).Solve(problem).Score : null;
            cases.Add(
                new StaffingHarnessCase(
                    name,
                    exact.Solve(problem, options).Score,
                    score,
                    violations,
                    first.SequenceEqual(second)
                )
            );
        }
        return cases.ToImmutable();
    }

    private static Candidate Person(string id, int[] capacity, decimal rate, int sqlLevel) =>
        new(new ResourceId(id), [.. capacity])
        {
            Roles = [Developer],
            Skills = sqlLevel > 0 ? [new ResourceSkill(Sql, sqlLevel)] : [],
            CostRate = new Money(rate, Currency.Eur),
        };

    /// <summary>Returns a plan already made, so that the solver scores it.</summary>
    private sealed class Replay(ImmutableArray<ResourceAssignment> plan) : IStaffingStrategy
    {
        public string Name => "replay";

        public StaffingResult Solve(
            StaffingProblem problem,
            SolverOptions options,
            CancellationToken cancellationToken
        ) => new([.. plan.Skip(problem.Pinned.Length)], false);
    }
}
