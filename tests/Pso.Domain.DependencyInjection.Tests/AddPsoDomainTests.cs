using System;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using Pso.Domain.Allocation;
using Pso.Domain.Allocation.Levelling;
using Pso.Domain.Allocation.Planning;
using Pso.Domain.Allocation.Staffing;
using Pso.Domain.DependencyInjection;
using Pso.Domain.Periods;
using Pso.Domain.Resources.Capacity;

namespace Pso.Domain.DependencyInjection.Tests;

public class AddPsoDomainTests
{
    [Fact]
    public void The_core_services_resolve_with_their_defaults()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddPsoDomain()
            .Services.BuildServiceProvider(validateScopes: true);

        Assert.Equal(ReportingCalendar.Default, provider.GetRequiredService<ReportingCalendar>());
        Assert.Equal(DateTimeZone.Utc, provider.GetRequiredService<DateTimeZone>());
        Assert.Same(ExchangeRateTable.Empty, provider.GetRequiredService<ExchangeRateTable>());
        Assert.Same(DateTimeZoneProviders.Tzdb, provider.GetRequiredService<IDateTimeZoneProvider>());
        Assert.Null(provider.GetService<IClock>());
    }

    [Fact]
    public void Options_shape_the_reporting_calendar_and_time_zone()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddPsoDomain(o =>
            {
                o.FiscalYearStartMonth = 4;
                o.FiscalYearNaming = FiscalYearNaming.StartingYear;
                o.TimeZone = "Europe/London";
                o.ReportingCurrency = "GBP";
            })
            .Services.BuildServiceProvider();

        Assert.Equal(
            new ReportingCalendar(4, FiscalYearNaming.StartingYear),
            provider.GetRequiredService<ReportingCalendar>()
        );
        Assert.Equal("Europe/London", provider.GetRequiredService<DateTimeZone>().Id);
        Assert.Equal("GBP", provider.GetRequiredService<IOptions<PsoDomainOptions>>().Value.ReportingCurrency);
    }

    [Fact]
    public void Bad_options_fail_at_first_use_naming_every_bad_setting()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddPsoDomain(o =>
            {
                o.ReportingCurrency = "EURO";
                o.FiscalYearStartMonth = 13;
                o.TimeZone = "Mars/Olympus";
            })
            .Services.BuildServiceProvider();

        OptionsValidationException error = Assert.Throws<OptionsValidationException>(() =>
            provider.GetRequiredService<ReportingCalendar>()
        );

        Assert.Equal(3, error.Failures.Count());
        Assert.Contains(error.Failures, f => f.Contains("EURO", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("13", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("Mars/Olympus", StringComparison.Ordinal));
    }

    [Fact]
    public void Registering_twice_adds_nothing_twice()
    {
        var services = new ServiceCollection();
        services.AddPsoDomain();
        int count = services.Count;

        services.AddPsoDomain();

        Assert.Equal(count, services.Count);
    }

    [Fact]
    public void Exchange_rates_replace_the_empty_table()
    {
        var rates = new ExchangeRateTable([
            new ExchangeRate(Currency.Eur, Currency.Usd, 1.1m, new LocalDate(2026, 11, 25)),
        ]);

        using ServiceProvider provider = new ServiceCollection()
            .AddPsoDomain()
            .UseExchangeRates(rates)
            .Services.BuildServiceProvider();

        Assert.Same(rates, provider.GetRequiredService<ExchangeRateTable>());
    }

    [Fact]
    public void A_third_party_extends_the_builder_with_its_own_extension_method()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddPsoDomain()
            .AddGreeting()
            .Services.BuildServiceProvider();

        Assert.Equal("hello", provider.GetRequiredService<Greeting>().Text);
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddPsoDomain());
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddPsoDomain(null!));
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddPsoDomain().UseExchangeRates(null!));
    }
}

public sealed record Greeting(string Text);

public static class GreetingBuilderExtensions
{
    public static IPsoDomainBuilder AddGreeting(this IPsoDomainBuilder builder)
    {
        builder.Services.AddSingleton(new Greeting("hello"));
        return builder;
    }
}

public class AddSchedulingTests
{
    [Fact]
    public void The_scheduler_is_a_singleton_with_the_given_options_and_registers_once()
    {
        var options = Pso.Domain.Scheduling.Cpm.CpmOptions.Default with
        {
            CriticalFloat = NodaTime.Duration.FromHours(8),
        };
        var services = new ServiceCollection();
        services.AddPsoDomain().AddScheduling(options).AddScheduling();

        using ServiceProvider provider = services.BuildServiceProvider();

        var scheduler = provider.GetRequiredService<Pso.Domain.Scheduling.Cpm.CpmScheduler>();
        Assert.Same(scheduler, provider.GetRequiredService<Pso.Domain.Scheduling.Cpm.CpmScheduler>());
        Assert.Equal(options, scheduler.Options);
        Assert.Single(services, d => d.ServiceType == typeof(Pso.Domain.Scheduling.Cpm.CpmScheduler));
    }
}

public class AddResourcesTests
{
    [Fact]
    public void Capacity_plan_options_follow_the_hosts_fiscal_year_and_the_changes_given()
    {
        var services = new ServiceCollection();
        services
            .AddPsoDomain(o => o.FiscalYearStartMonth = 4)
            .AddResources(o => o with { CountTentative = true })
            .AddResources();

        using ServiceProvider provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<CapacityPlanOptions>();
        Assert.Equal(4, options.Reporting.FiscalYearStartMonth);
        Assert.True(options.CountTentative);
        Assert.Single(services, d => d.ServiceType == typeof(CapacityPlanOptions));
    }
}

public class AddAllocationTests
{
    private sealed class EarliestFirst : ILevellingStrategy
    {
        public string Name => "earliest-first";

        public LevellingResult Solve(
            LevellingProblem problem,
            SolverOptions options,
            System.IProgress<LevellingProgress>? progress,
            System.Threading.CancellationToken cancellationToken
        )
        {
            // Everything in sequence: always feasible for a problem whose demands fit the capacities.
            var starts = new int[problem.Activities.Length];
            int t = 0;
            foreach (int i in Enumerable.Range(0, starts.Length).OrderBy(i => i))
            {
                starts[i] = t;
                t += problem.Activities[i].Duration;
            }
            return new LevellingResult([.. starts], 1);
        }
    }

    [Fact]
    public void The_portfolio_planner_uses_the_default_strategy_and_the_planning_options_given()
    {
        var planning = PlanningOptions.Default with { Deadlines = DeadlineRule.Hard, HorizonDays = 365 };
        var services = new ServiceCollection();
        services.AddPsoDomain().AddLevellingStrategy<EarliestFirst>().AddAllocation(planning).AddAllocation();
        using ServiceProvider provider = services.BuildServiceProvider();

        PortfolioPlanner planner = provider.GetRequiredService<PortfolioPlanner>();

        Assert.Same(planning, planner.Options);
        Assert.Same(provider.GetRequiredService<LevellingSolver>(), planner.Levelling);
        Assert.Equal("earliest-first", planner.Levelling.Strategy.Name);
        Assert.Same(planner, provider.GetRequiredService<PortfolioPlanner>());
    }

    [Fact]
    public void Strategies_register_once_the_first_is_the_default_and_each_is_found_by_name()
    {
        var services = new ServiceCollection();
        services.AddPsoDomain().AddLevellingStrategy<EarliestFirst>().AddAllocation().AddAllocation();

        using ServiceProvider provider = services.BuildServiceProvider();

        var strategies = provider.GetRequiredService<LevellingStrategies>();
        Assert.Equal(["earliest-first", "genetic"], strategies.All.Select(s => s.Name));
        Assert.Equal("earliest-first", provider.GetRequiredService<LevellingSolver>().Strategy.Name);
        Assert.Equal("genetic", strategies.SolverFor("genetic").Strategy.Name);
        Assert.Throws<Pso.Domain.Errors.UnknownIdException>(() => strategies.SolverFor("cpsat"));
    }

    private sealed class NobodyAssigned : IStaffingStrategy
    {
        public string Name => "nobody";

        public StaffingResult Solve(
            StaffingProblem problem,
            SolverOptions options,
            System.Threading.CancellationToken cancellationToken
        ) => new([], false);
    }

    [Fact]
    public void Assignment_strategies_register_once_and_the_staffed_scheduling_uses_both_solvers()
    {
        var services = new ServiceCollection();
        services.AddPsoDomain().AddStaffingStrategy<NobodyAssigned>().AddAllocation().AddAllocation();

        using ServiceProvider provider = services.BuildServiceProvider();

        Assert.Equal(["nobody", "min-cost-flow"], provider.GetServices<IStaffingStrategy>().Select(s => s.Name));
        var staffed = provider.GetRequiredService<StaffedLevelling>();
        Assert.Same(provider.GetRequiredService<StaffingSolver>(), staffed.Staffing);
        Assert.Same(provider.GetRequiredService<LevellingSolver>(), staffed.Levelling);
        Assert.Equal("nobody", staffed.Staffing.Strategy.Name);
    }
}
