using System.Collections.Immutable;
using System.Linq;
using Pso.Domain.Allocation.Levelling;
using Pso.Domain.Allocation.Staffing;
using Pso.Domain.Resources;

namespace Pso.Domain.Allocation.Tests;

public class StaffedSchedulingTests
{
    private static readonly RoleId Dev = new("dev");
    private static readonly RoleId Qa = new("qa");

    private static Candidate Person(string id, RoleId role, decimal rate, int periods = 20) =>
        new(new ResourceId(id), [.. Enumerable.Repeat(1, periods)])
        {
            Roles = [role],
            CostRate = new Money(rate, Currency.Eur),
        };

    [Fact]
    public void The_schedule_is_staffed_unit_by_unit_and_period_by_period()
    {
        Candidate[] people = [Person("ana", Dev, 90m), Person("ben", Dev, 70m), Person("cy", Qa, 60m)];
        var problem = new LevellingProblem(
            [
                new LevellingActivity(new ActivityId("build"), 3) { Demands = [new RoleDemand(Dev, 2)] },
                new LevellingActivity(new ActivityId("test"), 2)
                {
                    Demands = [new RoleDemand(Qa, 1), new RoleDemand(Dev, 1)],
                },
                new LevellingActivity(new ActivityId("docs"), 2) { Demands = [new RoleDemand(Dev, 1)] },
            ],
            [new Precedence(new("build"), new("test"))],
            StaffedLevelling.RoleCapacities(people)
        );
        StaffedSolution plan = new StaffedLevelling().Solve(problem, people);

        Assert.Equal(
            [new RoleCapacity(Dev, 2), new RoleCapacity(Qa, 1)],
            StaffedLevelling.RoleCapacities(people).ToArray()
        );
        Assert.Equal(5, plan.Schedule.Makespan);
        Assert.Equal(0, plan.Staffing.Score.Medium);
        Assert.Empty(plan.Staffing.Unfilled);
        ImmutableArray<ResourceAssignment> build = plan.WhoWorksOn(new("build"));
        Assert.Equal(6, build.Sum(a => a.Units));
        Assert.All(build, a =>
            Assert.InRange(a.Period, plan.Schedule.StartOf(new("build")), plan.Schedule.StartOf(new("build")) + 2)
        );
        Assert.Equal(
            ["cy", "cy"],
            plan.WhoWorksOn(new("test"))
                .Where(a => a.Demand == StaffedLevelling.DemandOf(new("test"), Qa))
                .Select(a => a.Resource.Value)
        );
        // Nobody works twice in a period.
        Assert.All(plan.Staffing.Assignments.GroupBy(a => (a.Resource, a.Period)), g =>
            Assert.Equal(1, g.Sum(a => a.Units))
        );
    }

    [Fact]
    public void What_the_people_cannot_cover_is_reported_with_the_reason()
    {
        Candidate[] people = [Person("ana", Dev, 90m) with { Capacity = [1, 0, 0, 0] }, Person("ben", Dev, 70m)];
        var problem = new LevellingProblem(
            [new LevellingActivity(new ActivityId("build"), 2) { Demands = [new RoleDemand(Dev, 2)] }],
            [],
            StaffedLevelling.RoleCapacities(people)
        );
        StaffedSolution plan = new StaffedLevelling().Solve(problem, people);
        UnfilledDemand gap = Assert.Single(plan.Staffing.Unfilled);
        Assert.Equal(1, gap.Period);
        Assert.Equal(UnfilledReason.QualifiedPeopleFullyBooked, gap.Reason);
    }
}
