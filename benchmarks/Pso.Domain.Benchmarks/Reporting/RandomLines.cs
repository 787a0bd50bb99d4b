using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Pso.Domain.Reporting;
using Pso.Domain.Reporting.TimePhased;

namespace Pso.Domain.Benchmarks.Reporting;

/// <summary>Seeded time and cost lines for the aggregation benchmarks: a portfolio of projects over a year, each line
/// a day's planned value, earned value, actual cost (in USD, to the cent), hours worked or hours available.</summary>
public static class RandomLines
{
    public static readonly LocalDate First = new(2026, 1, 5);

    public static PerformanceLine[] Create(int count, int projects, int seed)
    {
        var random = new Random(seed);
        ProjectId[] ids = [.. Enumerable.Range(1, projects).Select(i => new ProjectId($"PRJ-{i:0000}"))];
        var lines = new PerformanceLine[count];
        for (int i = 0; i < count; i++)
        {
            ProjectId project = ids[random.Next(projects)];
            LocalDate date = First.PlusDays(random.Next(364));
            decimal amount = random.Next(1, 200_000) / 100m;
            lines[i] = random.Next(5) switch
            {
                0 => PerformanceLine.PlannedValue(project, date, new Money(amount, Currency.Usd)),
                1 => PerformanceLine.EarnedValue(project, date, new Money(amount, Currency.Usd)),
                2 => PerformanceLine.ActualCost(project, date, new Money(amount, Currency.Usd)),
                3 => PerformanceLine.ActualHours(project, date, Work.FromHours(random.Next(1, 33) / 4m)),
                _ => PerformanceLine.CapacityHours(project, date, Work.FromHours(8)),
            };
        }
        return lines;
    }

    /// <summary>The plain LINQ way: group by project and week (the Monday of the line's date), then sum each measure
    /// of each group in one pass.</summary>
    public static List<(ProjectId Project, LocalDate Week, decimal[] Sums)> GroupByProjectAndWeek(
        PerformanceLine[] lines
    ) =>
        lines
            .GroupBy(l => (l.Project, Week: l.Date.PlusDays(1 - (int)l.Date.DayOfWeek)))
            .Select(g =>
            {
                var sums = new decimal[5];
                foreach (PerformanceLine line in g)
                {
                    sums[(int)line.Measure] += line.Quantity;
                }
                return (g.Key.Project, g.Key.Week, sums);
            })
            .ToList();
}
