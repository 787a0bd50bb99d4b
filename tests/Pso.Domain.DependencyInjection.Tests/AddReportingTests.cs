using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Pso.Domain.Reporting;
using Pso.Domain.Reporting.Risk;
using Pso.Domain.Reporting.Warnings;

namespace Pso.Domain.DependencyInjection.Tests;

public class AddReportingTests
{
    [Fact]
    public void Reporting_registers_the_built_in_rules_once_and_the_host_adds_its_own()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddPsoDomain()
            .AddWarningRule<NoOwnerRule>()
            .AddReporting(new WarningThresholds { CostPerformanceWarning = 0.99m })
            .AddReporting()
            .AddWarningRule<NoOwnerRule>()
            .Services.BuildServiceProvider(validateScopes: true);

        EarlyWarningEngine engine = provider.GetRequiredService<EarlyWarningEngine>();

        Assert.Equal(EarlyWarningRules.All.Length + 1, engine.Rules.Length);
        Assert.Equal(EarlyWarningRules.All.Length + 1, engine.Rules.Select(r => r.Name).Distinct().Count());
        Assert.Equal(0.99m, engine.Thresholds.CostPerformanceWarning);
        Assert.Equal(
            "no-owner",
            engine.Evaluate(new ProjectStatus(new ProjectId("P"), new LocalDate(2026, 1, 1))).Single().Rule
        );
        Assert.Same(
            provider.GetRequiredService<ScheduleRiskAnalysis>(),
            provider.GetRequiredService<ScheduleRiskAnalysis>()
        );
    }

    private sealed class NoOwnerRule : IEarlyWarningRule
    {
        public string Name => "no-owner";

        public IEnumerable<EarlyWarning> Evaluate(ProjectStatus status, WarningThresholds thresholds) =>
            [new EarlyWarning(Name, status.Project, WarningSeverity.Watch, "The project names no owner.")];
    }
}
