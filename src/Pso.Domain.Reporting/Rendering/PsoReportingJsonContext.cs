using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Pso.Domain.Reporting.Forecasts;
using Pso.Domain.Reporting.Portfolio;
using Pso.Domain.Reporting.Reports;
using Pso.Domain.Reporting.Risk;
using Pso.Domain.Reporting.TimePhased;
using Pso.Domain.Reporting.Warnings;

namespace Pso.Domain.Reporting.Rendering;

/// <summary>
/// The source-generated JSON metadata of the reports, for reflection-free (trimmed or native AOT) serialization.
/// <see cref="ReportJson"/> uses it with NodaTime's converters.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(ReportTable))]
[JsonSerializable(typeof(EarnedValueMeasures))]
[JsonSerializable(typeof(EarnedScheduleMeasures))]
[JsonSerializable(typeof(TimePhasedPerformance))]
[JsonSerializable(typeof(CostReport))]
[JsonSerializable(typeof(ImmutableArray<InvoiceAgeing>))]
[JsonSerializable(typeof(ResourceReport))]
[JsonSerializable(typeof(CompletionReport))]
[JsonSerializable(typeof(ImmutableArray<MilestoneTrend>))]
[JsonSerializable(typeof(ScheduleRiskResult))]
[JsonSerializable(typeof(CostForecast))]
[JsonSerializable(typeof(FinishForecast))]
[JsonSerializable(typeof(ImmutableArray<EarlyWarning>))]
[JsonSerializable(typeof(ImmutableArray<PortfolioSummaryLine>))]
[JsonSerializable(typeof(PortfolioSummaryLine))]
[JsonSerializable(typeof(PortfolioReport))]
[JsonSerializable(typeof(ProjectSection))]
[JsonSerializable(typeof(PortfolioAggregate))]
[JsonSerializable(typeof(ProjectAggregate))]
[JsonSerializable(typeof(InvoiceAgeing))]
[JsonSerializable(typeof(MilestoneTrend))]
[JsonSerializable(typeof(EarlyWarning))]
[JsonSerializable(typeof(PeriodPerformance))]
public sealed partial class PsoReportingJsonContext : JsonSerializerContext;
