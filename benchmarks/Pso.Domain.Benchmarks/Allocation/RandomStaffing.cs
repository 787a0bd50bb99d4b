using System;
using System.Collections.Generic;
using System.Linq;
using Pso.Domain.Allocation;
using Pso.Domain.Allocation.Staffing;
using Pso.Domain.Resources;
using Pso.Domain.Scheduling;

namespace Pso.Domain.Benchmarks.Allocation;

/// <summary>
/// A seeded staffing problem of portfolio size: people with three of 200 skills at levels 1 to 5, 40 units a period
/// over four periods (now and then none, for an absence), cost rates of 50.00 to 150.00, one or two of 200 projects;
/// demands for one skill at a minimum level of 1 to 4 (about 20 people qualify for each), 8 to 48 units in a period,
/// weights 1 to 3, one in ten naming a preferred person. Demand is about three quarters of capacity overall and more
/// for some skills, so some demands stay unfilled.
/// </summary>
internal static class RandomStaffing
{
    internal const int Periods = 4;

    internal static StaffingProblem Create(int demands, int people, int seed)
    {
        var random = new Random(seed);
        var skills = Enumerable.Range(0, 200).Select(i => new SkillId($"S{i:000}")).ToArray();
        var projects = Enumerable.Range(0, 200).Select(i => new ProjectId($"P{i:000}")).ToArray();
        var candidates = new List<Candidate>(people);
        for (int p = 0; p < people; p++)
        {
            candidates.Add(
                new Candidate(
                    new ResourceId($"R{p:00000}"),
                    [.. Enumerable.Range(0, Periods).Select(_ => random.Next(12) == 0 ? 0 : 40)]
                )
                {
                    Skills =
                    [
                        .. skills
                            .OrderBy(_ => random.Next())
                            .Take(3)
                            .Select(s => new ResourceSkill(s, random.Next(1, 6))),
                    ],
                    CostRate = new Money(random.Next(5_000, 15_001) / 100m, Currency.Eur),
                    Projects =
                    [
                        .. Enumerable
                            .Range(0, random.Next(1, 3))
                            .Select(_ => projects[random.Next(projects.Length)])
                            .Distinct(),
                    ],
                }
            );
        }
        var rows = new List<StaffingDemand>(demands);
        for (int d = 0; d < demands; d++)
        {
            rows.Add(
                new StaffingDemand(new DemandId($"D{d:00000}"), d % Periods, random.Next(8, 49))
                {
                    Project = projects[random.Next(projects.Length)],
                    Skills = [new SkillRequirement(skills[random.Next(skills.Length)], random.Next(1, 5))],
                    Weight = random.Next(1, 4),
                    Preferred = random.Next(10) == 0 ? [candidates[random.Next(people)].Id] : [],
                }
            );
        }
        return new StaffingProblem(rows, candidates);
    }
}
